/** The contract's shared filter inputs; src/db/sql.ts compiles them to SQL. */
import { builder } from './builder.js';

export type { DateTimeFilterInput, DecimalFilterInput, IntFilterInput, StringFilterInput } from '../db/sql.js';

export const StringFilter = builder.inputType('StringFilter', {
  description: 'String filter; every operator combines with AND.',
  fields: (t) => ({
    equals: t.string(),
    in: t.stringList(),
    notIn: t.stringList(),
    contains: t.string(),
    startsWith: t.string(),
    endsWith: t.string(),
    insensitive: t.boolean({
      defaultValue: true,
      description: 'Case-insensitive for contains/startsWith/endsWith/equals.',
    }),
  }),
});

export const IntFilter = builder.inputType('IntFilter', {
  fields: (t) => ({
    equals: t.int(),
    in: t.intList(),
    notIn: t.intList(),
    gt: t.int(),
    gte: t.int(),
    lt: t.int(),
    lte: t.int(),
  }),
});

export const DecimalFilter = builder.inputType('DecimalFilter', {
  fields: (t) => ({
    equals: t.field({ type: 'Decimal' }),
    gt: t.field({ type: 'Decimal' }),
    gte: t.field({ type: 'Decimal' }),
    lt: t.field({ type: 'Decimal' }),
    lte: t.field({ type: 'Decimal' }),
  }),
});

export const DateTimeFilter = builder.inputType('DateTimeFilter', {
  fields: (t) => ({
    gt: t.field({ type: 'DateTime' }),
    gte: t.field({ type: 'DateTime' }),
    lt: t.field({ type: 'DateTime' }),
    lte: t.field({ type: 'DateTime' }),
  }),
});
