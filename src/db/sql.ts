/**
 * The SQL toolkit under the list queries, the loaders and the reports:
 * conditions (TRUE/FALSE, sqlAnd/sqlOr/sqlNot), the compilers of the
 * contract's shared filters (StringFilter, IntFilter, DecimalFilter,
 * DateTimeFilter) to parameterised SQL, and what counts as a sale.
 *
 * Every compiler takes the column (or any SQL expression) as Prisma.sql and
 * returns a condition that is TRUE when the filter is absent or empty; all
 * operators of one filter combine with AND. `combine` compiles the and/or/not
 * nesting of a domain filter (UserFilter, ProductFilter, …) around a function
 * that compiles the domain's own leaf fields.
 *
 *   const where = combine(filter, (f) => sqlAnd([
 *     stringFilterSql(Prisma.sql`u.username`, f.username),
 *     f.isActive == null ? TRUE : Prisma.sql`u.is_active = ${f.isActive}`,
 *   ]));
 */
import { Prisma } from './prisma.js';

export const TRUE = Prisma.sql`TRUE`;
export const FALSE = Prisma.sql`FALSE`;

export interface StringFilterInput {
  equals?: string | null;
  in?: readonly string[] | null;
  notIn?: readonly string[] | null;
  contains?: string | null;
  startsWith?: string | null;
  endsWith?: string | null;
  insensitive?: boolean | null;
}

export interface IntFilterInput {
  equals?: number | null;
  in?: readonly number[] | null;
  notIn?: readonly number[] | null;
  gt?: number | null;
  gte?: number | null;
  lt?: number | null;
  lte?: number | null;
}

export interface DecimalFilterInput {
  equals?: Prisma.Decimal | null;
  gt?: Prisma.Decimal | null;
  gte?: Prisma.Decimal | null;
  lt?: Prisma.Decimal | null;
  lte?: Prisma.Decimal | null;
}

export interface DateTimeFilterInput {
  gt?: Date | null;
  gte?: Date | null;
  lt?: Date | null;
  lte?: Date | null;
}

const isSet = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

export function sqlAnd(parts: readonly Prisma.Sql[]): Prisma.Sql {
  const real = parts.filter((part) => part !== TRUE);
  if (real.length === 0) return TRUE;
  if (real.length === 1) return real[0]!;
  return Prisma.sql`(${Prisma.join(real, ' AND ')})`;
}

export function sqlOr(parts: readonly Prisma.Sql[]): Prisma.Sql {
  if (parts.length === 0) return FALSE;
  if (parts.some((part) => part === TRUE)) return TRUE;
  if (parts.length === 1) return parts[0]!;
  return Prisma.sql`(${Prisma.join(parts, ' OR ')})`;
}

/** NOT that treats an unknown (NULL) condition as false, so `not` never drops rows because of NULLs. */
export function sqlNot(part: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT COALESCE(${part}, FALSE)`;
}

/** Escapes LIKE metacharacters so user input only ever matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export function stringFilterSql(column: Prisma.Sql, filter: StringFilterInput | null | undefined): Prisma.Sql {
  if (!filter) return TRUE;
  const insensitive = filter.insensitive !== false;
  const col = insensitive ? Prisma.sql`lower(${column})` : column;
  const value = (v: string) => (insensitive ? Prisma.sql`lower(${v})` : Prisma.sql`${v}`);
  const like = insensitive ? Prisma.sql`ILIKE` : Prisma.sql`LIKE`;
  const parts: Prisma.Sql[] = [];
  if (isSet(filter.equals)) parts.push(Prisma.sql`${col} = ${value(filter.equals)}`);
  if (isSet(filter.in)) {
    parts.push(filter.in.length === 0 ? FALSE : Prisma.sql`${col} IN (${Prisma.join(filter.in.map(value))})`);
  }
  if (isSet(filter.notIn) && filter.notIn.length > 0) {
    parts.push(Prisma.sql`${col} NOT IN (${Prisma.join(filter.notIn.map(value))})`);
  }
  if (isSet(filter.contains)) parts.push(Prisma.sql`${column} ${like} ${`%${escapeLike(filter.contains)}%`}`);
  if (isSet(filter.startsWith)) parts.push(Prisma.sql`${column} ${like} ${`${escapeLike(filter.startsWith)}%`}`);
  if (isSet(filter.endsWith)) parts.push(Prisma.sql`${column} ${like} ${`%${escapeLike(filter.endsWith)}`}`);
  return sqlAnd(parts);
}

type Comparable<T> = { equals?: T | null; gt?: T | null; gte?: T | null; lt?: T | null; lte?: T | null };

function comparisons<T>(column: Prisma.Sql, filter: Comparable<T>, param: (value: T) => Prisma.Sql): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (isSet(filter.equals)) parts.push(Prisma.sql`${column} = ${param(filter.equals)}`);
  if (isSet(filter.gt)) parts.push(Prisma.sql`${column} > ${param(filter.gt)}`);
  if (isSet(filter.gte)) parts.push(Prisma.sql`${column} >= ${param(filter.gte)}`);
  if (isSet(filter.lt)) parts.push(Prisma.sql`${column} < ${param(filter.lt)}`);
  if (isSet(filter.lte)) parts.push(Prisma.sql`${column} <= ${param(filter.lte)}`);
  return parts;
}

const intParam = (value: number) => Prisma.sql`${value}::int`;
/** Money goes to PostgreSQL as exact text, never through a float. */
export const decimalParam = (value: Prisma.Decimal | string) => Prisma.sql`${value.toString()}::numeric`;
export const timestampParam = (value: Date) => Prisma.sql`${value.toISOString()}::timestamptz`;

export function intFilterSql(column: Prisma.Sql, filter: IntFilterInput | null | undefined): Prisma.Sql {
  if (!filter) return TRUE;
  const parts = comparisons(column, filter, intParam);
  if (isSet(filter.in)) {
    parts.push(filter.in.length === 0 ? FALSE : Prisma.sql`${column} IN (${Prisma.join(filter.in.map(intParam))})`);
  }
  if (isSet(filter.notIn) && filter.notIn.length > 0) {
    parts.push(Prisma.sql`${column} NOT IN (${Prisma.join(filter.notIn.map(intParam))})`);
  }
  return sqlAnd(parts);
}

export function decimalFilterSql(column: Prisma.Sql, filter: DecimalFilterInput | null | undefined): Prisma.Sql {
  return filter ? sqlAnd(comparisons(column, filter, decimalParam)) : TRUE;
}

export function dateTimeFilterSql(column: Prisma.Sql, filter: DateTimeFilterInput | null | undefined): Prisma.Sql {
  return filter ? sqlAnd(comparisons(column, { ...filter, equals: null }, timestampParam)) : TRUE;
}

export interface LogicalFilter<F> {
  and?: readonly F[] | null;
  or?: readonly F[] | null;
  not?: F | null;
}

/**
 * Compiles a domain filter with and/or/not nesting: the leaf fields of one
 * level AND the and-list AND (any of the or-list) AND NOT(not). An empty
 * or-list matches nothing, like Prisma's.
 */
export function combine<F extends LogicalFilter<F>>(
  filter: F | null | undefined,
  leaf: (filter: F) => Prisma.Sql,
): Prisma.Sql {
  if (!filter) return TRUE;
  const parts = [leaf(filter)];
  if (filter.and) parts.push(...filter.and.map((inner) => combine(inner, leaf)));
  if (filter.or) parts.push(sqlOr(filter.or.map((inner) => combine(inner, leaf))));
  if (filter.not) parts.push(sqlNot(combine(filter.not, leaf)));
  return sqlAnd(parts);
}

/** `column = value` when a value is given, TRUE otherwise. */
export function equalsSql(column: Prisma.Sql, value: unknown): Prisma.Sql {
  return value === null || value === undefined ? TRUE : Prisma.sql`${column} = ${value}`;
}

/** `<status column> IN (…)`: orders that count as sales (and as "spent") everywhere; PENDING and CANCELLED do not. */
export function isSaleSql(statusColumn: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${statusColumn} IN ('CONFIRMED', 'SHIPPED', 'DELIVERED')`;
}
