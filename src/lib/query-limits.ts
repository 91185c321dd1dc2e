import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import { useOperationGuard, type CostBudget } from './operation-guard.js';

/**
 * Static limits on an operation's shape (graphql-armor), checked before it
 * runs. Rejections carry extensions.code QUERY_TOO_COMPLEX. Introspection is
 * exempt from depth and cost (GraphiQL's schema query is deeply nested).
 *
 * Depth 12 leaves room for the contract's deepest reads, e.g.
 * orders.edges.node.items.product.category.parent.children.name (9).
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  /**
   * Cost = fields (objects 2, scalars 1) with every literal `first`/`last`
   * multiplying its subtree, so nested pages of 100 × 100 rows are refused
   * while a page of 100 orders with 5 nested orders each is not.
   */
  maxCost: 50_000,
  maxTokens: 3000,
  maxDirectives: 30,
} as const;

/** graphql-armor reports its limits as "Syntax Error: …": they are not syntax errors. */
function tagTooComplex(_context: unknown, error: GraphQLError): void {
  (error.extensions as Record<string, unknown>)['code'] = 'QUERY_TOO_COMPLEX';
  error.message = error.message.replace(/^Syntax Error: /, '');
}

/**
 * Depth, aliases, tokens and directives (graphql-armor, at validation) and
 * the argument limits plus the cost limit (src/lib/operation-guard.ts, at
 * execution, where variables are known: page sizes passed as variables count).
 */
export function queryLimitPlugins(options: { production: boolean; costBudget?: CostBudget | undefined }) {
  const callbacks = { onReject: [tagTooComplex], propagateOnRejection: true, exposeLimits: true };
  const armor = new EnvelopArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...callbacks },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...callbacks },
    costLimit: { enabled: false },
    maxTokens: { n: QUERY_LIMITS.maxTokens, ...callbacks },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...callbacks },
    // "Did you mean …?" helps in GraphiQL; production does not leak the schema that way.
    blockFieldSuggestion: { enabled: options.production },
  }).protect().plugins;
  // Depth is limited on its own; a linear cost keeps deep but narrow reads affordable.
  return [
    ...armor,
    useOperationGuard({ maxCost: QUERY_LIMITS.maxCost, objectCost: 2, scalarCost: 1 }, options.costBudget),
  ];
}
