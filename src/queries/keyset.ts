/**
 * Keyset pagination in SQL: the engine behind every Relay connection of the
 * API (src/schema/connections.ts turns its pages into connections).
 *
 * A list is described as a `KeysetList`: FROM (joins, lateral aggregates, CTE
 * subqueries…), WHERE (compile filters with src/schema/filters.ts), the row id
 * expression and the sort keys. Computed sorts (TOTAL_SPENT, UNITS_SOLD…) are
 * just keys whose expression is an aggregate column of a joined subquery. The
 * row id is always appended as the final tie-breaker, so cursors are stable.
 * `fetchPage` returns one page of ids + cursors (+ totalCount and the
 * opposite-direction flag) in ONE statement; `fetchChildPages` pages every
 * parent of a level (User.orders, Category.products) in ONE statement.
 *
 * Page size: default 20, max 100; more, a negative size, or first+last is
 * BAD_USER_INPUT naming `first`/`last`. A malformed cursor, or one from another
 * sort order, is BAD_USER_INPUT naming `after`/`before`.
 */
import { Buffer } from 'node:buffer';
import { Prisma, type RawSql } from '../db/prisma.js';
import { startsWithCalendarDate } from '../lib/dates.js';
import { BadUserInputError } from '../errors.js';
import { FALSE, sqlAnd, sqlOr, TRUE } from '../db/sql.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type SortDirection = 'ASC' | 'DESC';
/** How a key's value is carried in a cursor and cast back to SQL. */
export type KeyType = 'int' | 'numeric' | 'text' | 'timestamptz' | 'date' | 'bool';

export interface SortKey {
  /** SQL expression over the list's FROM clause. */
  expr: Prisma.Sql;
  direction: SortDirection;
  type: KeyType;
  /** Nullable keys sort NULLs last in both directions. */
  nullable?: boolean;
}

export interface KeysetList {
  /** Body of the FROM clause, e.g. Prisma.sql`users u LEFT JOIN stats s ON s.user_id = u.id`. */
  from: Prisma.Sql;
  where: Prisma.Sql;
  /** The row's primary key (int), e.g. Prisma.sql`u.id`: the final tie-breaker and what gets hydrated. */
  id: Prisma.Sql;
  /**
   * The table the list pages and its alias in `from` (e.g. { table: 'orders', alias: 'o' }):
   * a node of that table is then built from the paged row itself, not looked up again by id.
   */
  row?: { table: string; alias: string };
  keys: SortKey[];
  /**
   * Names the sort order (e.g. "USERNAME:ASC,id"); baked into cursors so that
   * a cursor from another order is refused instead of silently misplacing.
   */
  sortName: string;
}

export interface ChildKeysetList extends KeysetList {
  /** The parent's id (int) each row belongs to, e.g. Prisma.sql`o.customer_id`. */
  parent: Prisma.Sql;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

type CursorValue = string | null;

export interface PageRequest {
  size: number;
  backward: boolean;
  after: string | null;
  before: string | null;
}

export interface PageRow {
  id: number;
  cursor: string;
  /** The row's value of `node` (fetchPage, childPageJson), when one was asked for. */
  node?: unknown;
}

/**
 * An extra per-row value computed in the page's own statement (the node as
 * JSON): over a row of `table` by its id, or over that row under an alias.
 */
export interface NodeColumn {
  table: string;
  byId(id: Prisma.Sql): Prisma.Sql;
  ofRow(alias: string): Prisma.Sql;
}

/** The node built inside the page query, from the paged row, when the list pages the node's own table. */
const inlineNode = (list: KeysetList, node: NodeColumn | undefined) =>
  node && list.row?.table === node.table ? node.ofRow(list.row.alias) : null;

export interface Page {
  rows: PageRow[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function pageRequest(args: PageArgs): PageRequest {
  const { first, last } = args;
  if (first != null && last != null) throw new BadUserInputError('Use either first or last, not both', 'last');
  for (const [field, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new BadUserInputError(`${field} must be between 0 and ${MAX_PAGE_SIZE}`, field, { max: MAX_PAGE_SIZE });
    }
  }
  const backward = last != null || (first == null && args.before != null && args.after == null);
  return {
    size: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    backward,
    after: args.after ?? null,
    before: args.before ?? null,
  };
}

// ------------------------------------------------------------------ cursors

function encodeCursor(sortName: string, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify([sortName, ...values])).toString('base64url');
}

const VALUE_PATTERNS: Record<KeyType, (value: unknown) => boolean> = {
  int: (v) => typeof v === 'string' && /^-?\d{1,18}$/.test(v),
  numeric: (v) => typeof v === 'string' && /^-?\d{1,30}(\.\d{1,30})?$/.test(v),
  text: (v) => typeof v === 'string',
  timestamptz: (v) =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
    startsWithCalendarDate(v),
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && startsWithCalendarDate(v),
  bool: (v) => v === 'true' || v === 'false',
};

/** The effective keys: nullable keys get an `IS NULL` key in front (NULLs last), the id comes last. */
function effectiveKeys(list: KeysetList): SortKey[] {
  const keys: SortKey[] = [];
  for (const key of list.keys) {
    if (key.nullable) keys.push({ expr: Prisma.sql`(${key.expr} IS NULL)`, direction: 'ASC', type: 'bool' });
    keys.push(key);
  }
  const lastDirection = list.keys.at(-1)?.direction ?? 'ASC';
  keys.push({ expr: list.id, direction: lastDirection, type: 'int' });
  return keys;
}

function decodeCursor(cursor: string, list: KeysetList, keys: SortKey[], field: 'after' | 'before'): CursorValue[] {
  const invalid = () => new BadUserInputError(`${field} is not a valid cursor for this list and order`, field);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded[0] !== list.sortName || decoded.length !== keys.length + 1) throw invalid();
  const values = decoded.slice(1) as CursorValue[];
  keys.forEach((key, index) => {
    const value = values[index];
    if (value === null ? key.nullable !== true : !VALUE_PATTERNS[key.type](value)) throw invalid();
  });
  return values;
}

const CASTS: Record<KeyType, Prisma.Sql> = {
  int: Prisma.raw('bigint'),
  numeric: Prisma.raw('numeric'),
  text: Prisma.raw('text'),
  timestamptz: Prisma.raw('timestamptz'),
  date: Prisma.raw('date'),
  bool: Prisma.raw('boolean'),
};

/** The key's value as cursor text: exact for numbers, ISO 8601 for times (parseable in JS and SQL). */
function keyText(expr: Prisma.Sql, type: KeyType): Prisma.Sql {
  return type === 'timestamptz' || type === 'date'
    ? Prisma.sql`(to_json(${expr}) #>> '{}')`
    : Prisma.sql`(${expr})::text`;
}

const cursorParam = (value: CursorValue, type: KeyType) => Prisma.sql`CAST(${value} AS ${CASTS[type]})`;

/**
 * Rows strictly after (or before) the cursor position in the sort order;
 * `orEqual` also keeps the cursor's own position.
 */
function keysetCondition(
  exprs: Prisma.Sql[],
  keys: SortKey[],
  values: CursorValue[],
  side: 'after' | 'before',
  orEqual = false,
): Prisma.Sql {
  const alternatives: Prisma.Sql[] = [];
  const equalities: Prisma.Sql[] = [];
  keys.forEach((key, index) => {
    const value = cursorParam(values[index] ?? null, key.type);
    const ascending = key.direction === 'ASC';
    const op = Prisma.raw((side === 'after') === ascending ? '>' : '<');
    alternatives.push(sqlAnd([...equalities, Prisma.sql`${exprs[index]!} ${op} ${value}`]));
    equalities.push(Prisma.sql`${exprs[index]!} IS NOT DISTINCT FROM ${value}`);
  });
  if (orEqual) alternatives.push(sqlAnd(equalities));
  return sqlOr(alternatives);
}

function orderBy(exprs: Prisma.Sql[], keys: SortKey[], reverse: boolean): Prisma.Sql {
  return Prisma.join(
    keys.map((key, index) => {
      const direction = (key.direction === 'ASC') !== reverse ? 'ASC' : 'DESC';
      return Prisma.sql`${exprs[index]!} ${Prisma.raw(direction)}`;
    }),
  );
}

interface PlannedPage {
  keys: SortKey[];
  window: Prisma.Sql;
  /** Rows on the far side of the cursor we came from (decides hasPreviousPage / hasNextPage). */
  opposite: Prisma.Sql;
}

/** The keyset conditions of a request, written over `exprs` (the key expressions or their aliases). */
function plan(list: KeysetList, request: PageRequest, exprs: Prisma.Sql[] | null): PlannedPage {
  const keys = effectiveKeys(list);
  const over = exprs ?? keys.map((key) => key.expr);
  const after = request.after === null ? null : decodeCursor(request.after, list, keys, 'after');
  const before = request.before === null ? null : decodeCursor(request.before, list, keys, 'before');
  const window = sqlAnd([
    after ? keysetCondition(over, keys, after, 'after') : TRUE,
    before ? keysetCondition(over, keys, before, 'before') : TRUE,
  ]);
  const from = request.backward ? before : after;
  const opposite = from ? keysetCondition(over, keys, from, request.backward ? 'after' : 'before', true) : FALSE;
  return { keys, window, opposite };
}

interface RawPageRow {
  __parent?: number | null;
  __id: number | null;
  __node?: unknown;
  __total: number | null;
  __other: boolean | null;
  [key: `__k${number}`]: string | null;
}

function rowCursor(list: KeysetList, keys: SortKey[], row: RawPageRow): string {
  return encodeCursor(
    list.sortName,
    keys.map((_key, index) => row[`__k${index}`] ?? null),
  );
}

/** A page row whose cursor is encoded when first asked for (most selections ask for none). */
class KeysetPageRow implements PageRow {
  readonly id: number;
  readonly node?: unknown;
  #cursor: string | undefined;

  constructor(
    private readonly list: KeysetList,
    private readonly keys: SortKey[],
    private readonly row: RawPageRow,
  ) {
    this.id = Number(row.__id);
    if (row.__node !== undefined) this.node = row.__node;
  }

  get cursor(): string {
    this.#cursor ??= rowCursor(this.list, this.keys, this.row);
    return this.#cursor;
  }
}

function toPage(
  list: KeysetList,
  keys: SortKey[],
  request: PageRequest,
  rows: RawPageRow[],
  total: number,
  other: boolean,
): Page {
  const more = rows.length > request.size;
  const pageRows: PageRow[] = rows.slice(0, request.size).map((row) => new KeysetPageRow(list, keys, row));
  if (request.backward) pageRows.reverse();
  return {
    rows: pageRows,
    hasNextPage: request.backward ? other : more,
    hasPreviousPage: request.backward ? more : other,
    totalCount: total,
  };
}

interface PageParts {
  keys: SortKey[];
  /** The totalCount (0 when not asked for) of the rows `where` keeps. */
  total: Prisma.Sql;
  /** Whether rows exist on the far side of the cursor. */
  other: Prisma.Sql;
  /** The page: size + 1 rows (to see whether more exist) in the sort order, with their cursor keys. */
  page: Prisma.Sql;
}

/**
 * The pieces of a page over the rows of `list` that `where` keeps (the
 * list's own condition, or it and one parent's): fetchPage and
 * fetchChildPages put them into one statement each.
 */
function pageParts(
  list: KeysetList,
  request: PageRequest,
  withTotal: boolean,
  where: Prisma.Sql,
  sortValues = false,
  node: Prisma.Sql | null = null,
): PageParts {
  const { keys, window, opposite } = plan(list, request, null);
  const selected = keys.map((key, index) => Prisma.sql`${keyText(key.expr, key.type)} AS ${Prisma.raw(`__k${index}`)}`);
  if (sortValues) selected.push(...keys.map((key, index) => Prisma.sql`${key.expr} AS ${Prisma.raw(`__s${index}`)}`));
  if (node) selected.push(Prisma.sql`${node} AS __node`);
  return {
    keys,
    total: withTotal ? Prisma.sql`(SELECT count(*) FROM ${list.from} WHERE ${where})::int` : Prisma.sql`0`,
    other: opposite === FALSE ? FALSE : Prisma.sql`EXISTS (SELECT 1 FROM ${list.from} WHERE ${where} AND ${opposite})`,
    page: Prisma.sql`
      SELECT (${list.id})::int AS __id, ${Prisma.join(selected)}
      FROM ${list.from}
      WHERE ${where} AND ${window}
      ORDER BY ${orderBy(
        keys.map((key) => key.expr),
        keys,
        request.backward,
      )}
      LIMIT ${request.size + 1}`,
  };
}

/** The one statement of fetchPage: the page, totalCount and the opposite-side flag. */
export function pageStatement(
  list: KeysetList,
  request: PageRequest,
  withTotal = true,
  node?: NodeColumn,
): { sql: Prisma.Sql; keys: SortKey[] } {
  const inline = inlineNode(list, node);
  const { keys, total, other, page } = pageParts(list, request, withTotal, list.where, false, inline);
  const sql = Prisma.sql`
    SELECT meta.__total, meta.__other, page.*${inline ? Prisma.empty : nodeSelect(node)}
    FROM (SELECT ${total} AS __total,
                 ${other} AS __other) meta
    LEFT JOIN LATERAL (${page}
    ) page ON TRUE`;
  return { sql, keys };
}

const nodeSelect = (node: NodeColumn | undefined) =>
  node ? Prisma.sql`, ${node.byId(Prisma.sql`page.__id`)} AS __node` : Prisma.empty;

export async function fetchPage(
  query: RawSql,
  list: KeysetList,
  request: PageRequest,
  withTotal = true,
  node?: NodeColumn,
): Promise<Page> {
  const { sql, keys } = pageStatement(list, request, withTotal, node);
  const rows = await query<RawPageRow>(sql);
  const first = rows[0];
  const pageRows = rows.filter((row) => row.__id !== null);
  return toPage(list, keys, request, pageRows, first?.__total ?? 0, first?.__other ?? false);
}

/**
 * One statement for the pages of many parents: every parent gets the same
 * window (the arguments are the same for every row of a list), its own
 * totalCount and flags.
 */
export async function fetchChildPages(
  query: RawSql,
  list: ChildKeysetList,
  request: PageRequest,
  parentIds: readonly number[],
  withTotal = true,
): Promise<Map<number, Page>> {
  const ofParent = sqlAnd([list.where, Prisma.sql`(${list.parent}) = parents.id`]);
  const { keys, total, other, page } = pageParts(list, request, withTotal, ofParent, true);
  const aliases = keys.map((_key, index) => Prisma.raw(`page.__s${index}`));
  // Per parent: its page through the (parent, sort key) index with LIMIT, not a window over all its rows.
  const rows = await query<RawPageRow & { __parent: number }>(Prisma.sql`
    SELECT parents.id AS __parent, meta.__total, meta.__other, page.*
    FROM unnest(${parentIds}::int[]) AS parents(id)
    CROSS JOIN LATERAL (SELECT ${total} AS __total, ${other} AS __other) meta
    LEFT JOIN LATERAL (${page}
    ) page ON TRUE
    ORDER BY parents.id, ${orderBy(aliases, keys, request.backward)}`);
  const grouped = new Map<number, { total: number; other: boolean; rows: RawPageRow[] }>();
  for (const row of rows) {
    const entry = grouped.get(row.__parent) ?? { total: row.__total ?? 0, other: row.__other ?? false, rows: [] };
    if (row.__id !== null) entry.rows.push(row);
    grouped.set(row.__parent, entry);
  }
  return new Map(
    parentIds.map((parentId) => {
      const entry = grouped.get(parentId);
      return [parentId, toPage(list, keys, request, entry?.rows ?? [], entry?.total ?? 0, entry?.other ?? false)];
    }),
  );
}

/**
 * One parent's page as a JSON value (`{total, other, rows: [[id, key texts…, node?]…]}`),
 * for a statement that builds the parent's own JSON: every parent of the
 * tree is paged in that one statement (the same page, window and flags as
 * fetchChildPages). `parent` is the parent row's id in the outer query.
 */
export function childPageJson(
  list: ChildKeysetList,
  request: PageRequest,
  withTotal: boolean,
  parent: Prisma.Sql,
  node?: NodeColumn,
): Prisma.Sql {
  const ofParent = sqlAnd([list.where, Prisma.sql`(${list.parent}) = ${parent}`]);
  const inline = inlineNode(list, node);
  const { keys, total, other, page } = pageParts(list, request, withTotal, ofParent, true, inline);
  const cells = [
    Prisma.sql`page.__id`,
    ...keys.map((_key, index) => Prisma.raw(`page.__k${index}`)),
    ...(inline ? [Prisma.sql`page.__node`] : node ? [node.byId(Prisma.sql`page.__id`)] : []),
  ];
  const aliases = keys.map((_key, index) => Prisma.raw(`page.__s${index}`));
  return Prisma.sql`(
    SELECT json_build_object('total', meta.__total, 'other', meta.__other, 'rows',
      coalesce(json_agg(json_build_array(${Prisma.join(cells)}) ORDER BY ${orderBy(aliases, keys, request.backward)})
        FILTER (WHERE page.__id IS NOT NULL), '[]'::json))
    FROM (SELECT ${total} AS __total, ${other} AS __other) meta
    LEFT JOIN LATERAL (${page}
    ) page ON TRUE
    GROUP BY meta.__total, meta.__other)`;
}

export interface ChildPageJson {
  total: number | null;
  other: boolean | null;
  rows: unknown[][];
}

/** The Page of a childPageJson value (rows carry their node when one was asked for). */
export function childPageFromJson(list: ChildKeysetList, request: PageRequest, value: ChildPageJson): Page {
  const keys = effectiveKeys(list);
  const rows = value.rows.map((cells) => {
    const row: RawPageRow = { __id: cells[0] as number, __total: null, __other: null };
    keys.forEach((_key, index) => {
      row[`__k${index}`] = cells[index + 1] as string | null;
    });
    if (cells.length > keys.length + 1) row.__node = cells[keys.length + 1];
    return row;
  });
  return toPage(list, keys, request, rows, value.total ?? 0, value.other ?? false);
}
