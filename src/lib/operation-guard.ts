import {
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin as EnvelopPlugin } from '@envelop/types';

/**
 * Limits on what an operation's arguments may carry, checked on the
 * arguments as they arrive (literals and variable values alike) before any
 * resolver runs, so hostile input never reaches SQL or a deep recursion:
 *
 * - no NUL character in any string (PostgreSQL text cannot hold one);
 * - no string longer than `maxStringLength` (fields have tighter limits of
 *   their own: search 200, names by column size);
 * - no list longer than `maxListLength`;
 * - and/or/not filters nested at most `maxFilterNesting` levels, and input
 *   objects at most `maxInputDepth` deep;
 * - the cost limit (fields × page sizes, as graphql-armor counts it) with
 *   page sizes passed as variables counted too.
 */
export const INPUT_LIMITS = {
  maxStringLength: 10_000,
  maxListLength: 1_000,
  maxFilterNesting: 10,
  maxInputDepth: 24,
} as const;

const COMBINATORS = new Set(['and', 'or', 'not']);

export interface CostOptions {
  maxCost: number;
  objectCost: number;
  scalarCost: number;
}

function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** "input.users.2.email" → "users.2.email": the mutations' `input` argument is not named (as elsewhere). */
function fieldName(path: readonly (string | number)[]): string {
  const parts = path.length > 1 && path[0] === 'input' ? path.slice(1) : path;
  return parts.join('.');
}

type Variables = Record<string, unknown>;

/**
 * Checks one argument value (a JSON value, variables substituted) walking its
 * input type alongside, iteratively: depth never recurses the JS stack.
 * Inside a scalar (e.g. JSONObject) the field reported stays the scalar's.
 */
function checkValue(
  root: unknown,
  rootType: GraphQLInputType | undefined,
  rootPath: (string | number)[],
): GraphQLError | null {
  const stack: Array<{
    value: unknown;
    type: GraphQLInputType | undefined;
    path: (string | number)[];
    depth: number;
    nesting: number;
  }> = [{ value: root, type: rootType, path: rootPath, depth: 0, nesting: 0 }];
  while (stack.length > 0) {
    const { value, type: wrapped, path, depth, nesting } = stack.pop()!;
    const type = wrapped ? getNullableType(wrapped) : undefined;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return badInput('Text must not contain NUL characters', fieldName(path));
      if (value.length > INPUT_LIMITS.maxStringLength) {
        return badInput(`Text must be at most ${INPUT_LIMITS.maxStringLength} characters`, fieldName(path));
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= INPUT_LIMITS.maxInputDepth) {
      return badInput(`Input is nested deeper than ${INPUT_LIMITS.maxInputDepth} levels`, fieldName(path));
    }
    const inScalar = type !== undefined && !isInputObjectType(type) && !isListType(type);
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.maxListLength) {
        return badInput(`Lists may hold at most ${INPUT_LIMITS.maxListLength} items`, fieldName(path));
      }
      const itemType = type && isListType(type) ? (type.ofType as GraphQLInputType) : type;
      value.forEach((item, index) => {
        stack.push({
          value: item,
          type: itemType,
          path: inScalar ? path : [...path, index],
          depth: depth + 1,
          nesting,
        });
      });
      continue;
    }
    const fields = type && isInputObjectType(type) ? type.getFields() : undefined;
    for (const [key, item] of Object.entries(value)) {
      const combinator = !inScalar && COMBINATORS.has(key);
      if (combinator && nesting >= INPUT_LIMITS.maxFilterNesting) {
        return badInput(
          `Filters may nest and/or/not at most ${INPUT_LIMITS.maxFilterNesting} levels`,
          fieldName([...path, key]),
        );
      }
      stack.push({
        value: item,
        type: inScalar ? type : fields?.[key]?.type,
        path: inScalar ? path : [...path, key],
        depth: depth + 1,
        nesting: combinator ? nesting + 1 : nesting,
      });
    }
  }
  return null;
}

/** A literal (with variables substituted) as a plain JSON value, depth-bounded. */
function literalValue(node: ValueNode, variables: Variables, depth = 0): unknown {
  if (depth > INPUT_LIMITS.maxInputDepth + 1) return {};
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.LIST:
      return node.values.map((item) => literalValue(item, variables, depth + 1));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, literalValue(field.value, variables, depth + 1)]),
      );
    case Kind.NULL:
      return null;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    default:
      return node.value;
  }
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
}

function* fieldsOf(selectionSet: SelectionSetNode, walk: Walk, seen = new Set<string>()): Generator<FieldNode> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldsOf(selection.selectionSet, walk, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = walk.fragments.get(selection.name.value);
      if (fragment) yield* fieldsOf(fragment.selectionSet, walk, seen);
      seen.delete(selection.name.value);
    }
  }
}

interface DocumentArgument {
  name: string;
  value: ValueNode;
  type: GraphQLInputType | undefined;
}

/**
 * Every argument of a document with its declared input type, in document
 * order: found with one TypeInfo walk per parsed document (Yoga hands the
 * same DocumentNode back for the same query text), not one per request.
 */
const argumentsByDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentArgument[]>>();

function documentArguments(schema: GraphQLSchema, document: DocumentNode): DocumentArgument[] {
  let bySchema = argumentsByDocument.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    argumentsByDocument.set(schema, bySchema);
  }
  let found = bySchema.get(document);
  if (found) return found;
  const typeInfo = new TypeInfo(schema);
  const collected: DocumentArgument[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        collected.push({ name: node.name.value, value: node.value, type: typeInfo.getArgument()?.type });
        return false;
      },
    }),
  );
  found = collected;
  bySchema.set(document, found);
  return found;
}

/** Every argument of the document, literal or variable, checked against its declared input type. */
function checkArguments(schema: GraphQLSchema, document: DocumentNode, variables: Variables): GraphQLError | null {
  for (const argument of documentArguments(schema, document)) {
    const error = checkValue(literalValue(argument.value, variables), argument.type, [argument.name]);
    if (error) return error;
  }
  return null;
}

/** The page size a field asks for: its `first` or `last`, literal or variable. */
function pageSize(field: FieldNode, variables: Variables): number {
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
    const value = literalValue(argument.value, variables);
    return typeof value === 'number' && Number.isFinite(value) && value > 1 ? value : 1;
  }
  return 1;
}

/**
 * graphql-armor's linear cost (objects `objectCost`, scalars `scalarCost`,
 * each page multiplying its subtree), with page sizes from variables too.
 * Introspection is free.
 */
export function operationCost(selectionSet: SelectionSetNode, walk: Walk, options: CostOptions, depth = 0): number {
  if (depth > 64) return Number.POSITIVE_INFINITY;
  let cost = 0;
  for (const field of fieldsOf(selectionSet, walk)) {
    if (field.name.value === '__schema' || field.name.value === '__type') continue;
    if (!field.selectionSet) {
      cost += options.scalarCost;
      continue;
    }
    const subtree = options.objectCost + operationCost(field.selectionSet, walk, options, depth + 1);
    cost += subtree * pageSize(field, walk.variables);
  }
  return cost;
}

export interface OperationCheck {
  document: DocumentNode;
  operationName?: string | null | undefined;
  variables?: Variables | null | undefined;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

function operationOf(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.length === 1 && !operationName
    ? operations[0]
    : operations.find((candidate) => candidate.name?.value === operationName);
}

/** The first limit the operation breaks, as the error to answer with; null when it keeps them all. */
export function checkOperation(schema: GraphQLSchema, check: OperationCheck, cost: CostOptions): GraphQLError | null {
  const operation = operationOf(check.document, check.operationName);
  if (!operation) return null;
  const walk: Walk = { fragments: fragmentsOf(check.document), variables: check.variables ?? {} };
  const inputError = checkArguments(schema, check.document, walk.variables);
  if (inputError) return inputError;
  const total = operationCost(operation.selectionSet, walk, cost);
  if (total > cost.maxCost) {
    return new GraphQLError(`Cost limit of ${cost.maxCost} exceeded: this operation costs ${total}`, {
      extensions: { code: 'QUERY_TOO_COMPLEX', maxCost: cost.maxCost, cost: total },
    });
  }
  return null;
}

/** A per-client budget of query cost (src/auth/rate-limit.ts): 0 when the cost fits, else seconds to wait. */
export interface CostBudget {
  take(client: string, cost: number): Promise<number>;
}

interface GuardContext {
  viewer?: { userId: number } | null;
  clientAddress?: string;
}

/**
 * The limits above as an envelop plugin: a broken limit answers with its
 * error and runs nothing. With a budget, each operation's cost is taken from
 * its client's budget (account when signed in, address otherwise); an empty
 * budget is RATE_LIMITED with `retryAfter`.
 */
export function useOperationGuard(cost: CostOptions, budget?: CostBudget): EnvelopPlugin {
  const guard = async ({ args, setResultAndStopExecution }: GuardHook) => {
    const error = checkOperation(
      args.schema,
      {
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues as Variables | null,
      },
      cost,
    );
    if (error) {
      setResultAndStopExecution({ errors: [error] });
      return;
    }
    if (!budget) return;
    const context = (args.contextValue ?? {}) as GuardContext;
    const client = context.viewer
      ? `account:${context.viewer.userId}`
      : `address:${context.clientAddress ?? 'unknown'}`;
    const walk: Walk = {
      fragments: fragmentsOf(args.document),
      variables: (args.variableValues as Variables | null) ?? {},
    };
    const operation = operationOf(args.document, args.operationName);
    const spent = operation ? operationCost(operation.selectionSet, walk, cost) : 0;
    const retryAfter = await budget.take(client, spent);
    if (retryAfter > 0) {
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`Query cost budget for this minute spent; retry in ${retryAfter} s`, {
            extensions: { code: 'RATE_LIMITED', retryAfter },
          }),
        ],
      });
    }
  };
  return {
    onExecute: guard,
    onSubscribe: ({ args, setResultAndStopExecution }) =>
      guard({ args, setResultAndStopExecution: (result) => setResultAndStopExecution(result) }),
  };
}

interface GuardHook {
  args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: unknown;
    contextValue?: unknown;
  };
  setResultAndStopExecution(result: { errors: GraphQLError[] }): void;
}
