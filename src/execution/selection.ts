/**
 * GraphQL's field collection for the planner: fragments, type conditions
 * and @skip / @include, as the executor applies them.
 */
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';
import { notCompilable } from './not-compilable.js';

export interface SelectionScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Set once a directive decided what is selected: the plan then holds for these variables only. */
  variableShaped: boolean;
}

function included(planning: SelectionScope, node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
  if (!node.directives?.length) return true;
  planning.variableShaped = true;
  for (const directive of node.directives) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') notCompilable(`directive @${name}`);
  }
  if (getDirectiveValues(GraphQLSkipDirective, node, planning.variables)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, planning.variables)?.['if'] !== false;
}

function appliesTo(planning: SelectionScope, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = planning.schema.getType(condition);
  return !!conditionType && isAbstractType(conditionType) && planning.schema.isSubType(conditionType, type);
}

/** GraphQL's field collection: response key → its field nodes, in first-seen order. */
export function collectFields(
  planning: SelectionScope,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(planning, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = fields.get(key);
        if (nodes) nodes.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(planning, selection.typeCondition?.name.value, type)) visit(selection.selectionSet);
      } else {
        const fragment = planning.fragments[selection.name.value] ?? notCompilable('unknown fragment');
        if (appliesTo(planning, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

export const subSelections = (nodes: readonly FieldNode[]) =>
  nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
