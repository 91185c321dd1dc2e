/**
 * The compiled-read plugin: a query operation whose every field the planner
 * knows (read-plan.ts) is answered from SQL-built JSON without running a
 * resolver; any other operation, and any compiled one that meets something
 * unexpected, runs through the normal executor. Plans are kept per parsed
 * document (Yoga hands back the same DocumentNode for the same text).
 */
import { getOperationAST, type DocumentNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Context } from '../context.js';
import { executePlan } from './read-executor.js';
import { planOperation, type OperationPlan } from './read-plan.js';
import { runtimeDataModelOf, sqlModels } from './sql-models.js';

export interface CompiledReadsOptions {
  /** The Prisma client whose models the schema is built on (its datamodel names the tables). */
  prisma: unknown;
  log: Logger;
}

export function useCompiledReads(options: CompiledReadsOptions): Plugin<Context> {
  const runtime = runtimeDataModelOf(options.prisma);
  if (!runtime) {
    options.log.warn('the Prisma client carries no runtime datamodel: compiled reads are off');
    return {};
  }
  const models = sqlModels(runtime);
  const plans = new WeakMap<DocumentNode, Map<string, OperationPlan | null>>();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
      if (coerced.errors) return;
      const variables = coerced.coerced;
      const name = args.operationName ?? '';
      let byName = plans.get(args.document);
      let plan = byName?.get(name);
      if (plan === undefined) {
        plan = planOperation(args.schema, models, args.document, operation, variables);
        if (!plan?.variableShaped) {
          if (!byName) {
            byName = new Map();
            plans.set(args.document, byName);
          }
          byName.set(name, plan);
        }
      }
      if (!plan) return;
      const compiled = plan;
      setExecuteFn(
        async (executionArgs) =>
          (await executePlan(compiled, executionArgs.contextValue as Context, variables)) ?? executeFn(executionArgs),
      );
    },
  };
}
