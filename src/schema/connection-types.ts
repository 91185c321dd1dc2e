import type { ObjectRef } from '@pothos/core';
import { builder } from './builder.js';
import type { Connection } from '../queries/keyset.js';

/**
 * `<Name>Connection` (edges, nodes, pageInfo, totalCount) and `<Name>Edge`
 * for a node type, as the contract names them. Pass the result as the second
 * argument of `t.connection(...)` and resolve with src/schema/pagination.ts.
 */
export function defineConnection<T>(
  nodeRef: ObjectRef<typeof builder extends { $inferSchemaTypes: infer S } ? S : never, T>,
  name: string,
) {
  return builder.connectionObject(
    {
      type: nodeRef,
      name: `${name}Connection`,
      fields: (t) => ({
        totalCount: t.int({
          description: 'All rows matching the filter, regardless of pagination.',
          resolve: (connection) => (connection as unknown as Connection<T>).totalCount,
        }),
      }),
    },
    { name: `${name}Edge` },
  );
}
