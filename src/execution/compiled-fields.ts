/**
 * How a schema field tells the compiled-read executor (src/execution/) what
 * its resolver does, in SQL. Only fields whose resolver is not already
 * described by Pothos' metadata need one: lists (connections), root lookups
 * and computed scalars. Each is written next to the resolver and shares its
 * code (the same KeysetList, the same access check), so the two paths
 * cannot drift apart; a field without one is executed by the resolver.
 */
import type { Context } from '../context.js';
import type { Prisma } from '../db/prisma.js';
import type { ChildKeysetList, KeysetList } from '../queries/keyset.js';

export const COMPILED_READ = 'compiledRead';

/** The row a compiled lookup found: the fields it asked for, as Prisma would return them. */
export type LookupRow = Record<string, unknown>;

export type CompiledRead =
  | {
      kind: 'connection';
      /** The list the resolver pages (throwing as the resolver would); a ChildKeysetList under a parent. */
      list: (context: Context, args: Record<string, unknown>) => KeysetList | ChildKeysetList;
    }
  | {
      kind: 'lookup';
      /** Model fields the check needs besides what the selection reads. */
      needs: readonly string[];
      /**
       * The resolver's own lookup with `find` in place of Prisma: `find(where)` is
       * one row (or null) by equality on model fields; the result null hides it.
       */
      resolve: (
        context: Context,
        args: Record<string, unknown>,
        find: (where: Record<string, unknown>) => Promise<LookupRow | null>,
      ) => Promise<LookupRow | null>;
    }
  | {
      kind: 'expression';
      /** A value equal to the resolver's, over the row's table alias. */
      sql: (alias: Prisma.Sql) => Prisma.Sql;
    };

export const compiledRead = (read: CompiledRead) => ({ [COMPILED_READ]: read });

export const compiledConnection = <Args extends object>(
  list: (context: Context, args: Args) => KeysetList | ChildKeysetList,
) => compiledRead({ kind: 'connection', list: list as (context: Context, args: object) => KeysetList });

export const compiledLookup = <Args extends object>(
  needs: readonly string[],
  resolve: (
    context: Context,
    args: Args,
    find: (where: Record<string, unknown>) => Promise<LookupRow | null>,
  ) => Promise<LookupRow | null>,
) => compiledRead({ kind: 'lookup', needs, resolve: resolve as never });

export const compiledExpression = (sql: (alias: Prisma.Sql) => Prisma.Sql) => compiledRead({ kind: 'expression', sql });
