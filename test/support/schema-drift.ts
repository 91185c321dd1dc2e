import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/**
 * The two sides of the drift test: what schema.prisma describes (read through
 * Prisma's own parser, the DMMF) and what a migrated database holds (read
 * from pg_catalog), both in the same shape so that one toEqual compares them.
 */

export interface ColumnShape {
  type: string;
  nullable: boolean;
  default: string | null;
}
export interface IndexShape {
  columns: string[];
  unique: boolean;
  method: string;
}
export interface ForeignKeyShape {
  columns: string[];
  references: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
}
export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: { name: string; columns: string[] } | null;
  indexes: Record<string, IndexShape>;
  foreignKeys: Record<string, ForeignKeyShape>;
}
export interface SchemaShape {
  tables: Record<string, TableShape>;
  enums: Record<string, string[]>;
}

// The parts of Prisma's DMMF datamodel this file reads.
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'normal' | 'unique' | 'fulltext';
  dbName?: string;
  algorithm?: string;
  fields: { name: string; sortOrder?: 'asc' | 'desc' }[];
}
export interface DmmfDatamodel {
  models: DmmfModel[];
  enums: { name: string; dbName?: string | null; values: { name: string; dbName: string | null }[] }[];
  indexes: DmmfIndex[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_PATH = join(ROOT, 'prisma/schema.prisma');

/**
 * Parses a schema with `prisma generate`, running only a tiny generator that
 * writes the DMMF it receives (test/support/prisma-dmmf-generator.mjs). The
 * schema's own generators are left out, so nothing in src/generated changes.
 */
export function readPrismaDatamodel(schemaPath = SCHEMA_PATH): DmmfDatamodel {
  const directory = mkdtempSync(join(tmpdir(), 'drift-'));
  try {
    const output = join(directory, 'datamodel.json');
    const generator = join(ROOT, 'test/support/prisma-dmmf-generator.mjs');
    const schema = readFileSync(schemaPath, 'utf8').replace(/^generator\s+\w+\s*\{[^}]*\}/gm, '');
    const copy = join(directory, 'schema.prisma');
    writeFileSync(
      copy,
      `generator drift {\n  provider = ${JSON.stringify(`node ${generator}`)}\n  output   = ${JSON.stringify(output)}\n}\n${schema}`,
    );
    const require = createRequire(import.meta.url);
    const cli = join(dirname(require.resolve('prisma/package.json')), 'build/index.js');
    const result = spawnSync(process.execPath, [cli, 'generate', '--schema', copy], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        // generate needs no schema engine; any existing file stops the CLI from downloading one
        PRISMA_SCHEMA_ENGINE_BINARY: process.env['PRISMA_SCHEMA_ENGINE_BINARY'] || process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
    });
    if (result.status !== 0) throw new Error(`prisma generate failed:\n${result.stdout}\n${result.stderr}`);
    return JSON.parse(readFileSync(output, 'utf8')) as DmmfDatamodel;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

function nativeType([name, args]: [string, string[]]): string {
  const precision = args.length ? `(${args.join(',')})` : '';
  const simple: Record<string, string> = {
    Text: 'text',
    Integer: 'integer',
    SmallInt: 'smallint',
    BigInt: 'bigint',
    Real: 'real',
    DoublePrecision: 'double precision',
    Boolean: 'boolean',
    Date: 'date',
    Uuid: 'uuid',
    Json: 'json',
    JsonB: 'jsonb',
    ByteA: 'bytea',
    Inet: 'inet',
    Citext: 'citext',
    Xml: 'xml',
  };
  if (simple[name]) return simple[name];
  switch (name) {
    case 'VarChar':
      return `character varying${precision}`;
    case 'Char':
      return `character${precision}`;
    case 'Decimal':
      return `numeric${precision}`;
    case 'Timestamptz':
      return `timestamp${precision} with time zone`;
    case 'Timestamp':
      return `timestamp${precision} without time zone`;
    case 'Timetz':
      return `time${precision} with time zone`;
    case 'Time':
      return `time${precision} without time zone`;
    default:
      throw new Error(`drift test: teach nativeType() about @db.${name}`);
  }
}

const REFERENTIAL_ACTIONS: Record<string, string> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

/** Prisma's default constraint and index names (identifiers longer than 63 bytes would need its truncation rule). */
function defaultName(table: string, columns: string[], suffix: string): string {
  const name = [table, ...columns, suffix].join('_');
  if (name.length > 63) throw new Error(`drift test: ${name} exceeds 63 characters; add Prisma's truncation rule`);
  return name;
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function expectedDefault(
  field: DmmfField,
  table: string,
  column: string,
  type: string,
  enums: Map<string, string>,
): string | null {
  const value = field.default;
  if (value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return `ARRAY[]::${type}`;
    throw new Error(`drift test: teach expectedDefault() about non-empty list defaults (${table}.${column})`);
  }
  if (typeof value === 'object' && value !== null) {
    const { name, args } = value as { name: string; args: unknown[] };
    if (name === 'autoincrement') return `nextval('${table}_${column}_seq'::regclass)`;
    if (name === 'now') return 'CURRENT_TIMESTAMP';
    if (name === 'dbgenerated') return String(args[0]);
    if (['uuid', 'cuid', 'nanoid', 'ulid'].includes(name)) return null; // generated by the client
    throw new Error(`drift test: teach expectedDefault() about @default(${name}())`);
  }
  if (field.kind === 'enum') return `${quoteLiteral(String(value))}::${enums.get(field.type)}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number')
    return value < 0 ? `${quoteLiteral(String(value))}::${type.replace(/\(.*\)/, '')}` : String(value);
  return `${quoteLiteral(String(value))}::${type.replace(/\(.*\)/, '')}`;
}

/** What a database migrated for `datamodel` must contain, in Prisma's conventions for PostgreSQL. */
export function expectedSchema(datamodel: DmmfDatamodel): SchemaShape {
  const enums = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName)!;
    return field.dbName ?? field.name;
  };

  const tables: Record<string, TableShape> = {};
  for (const model of datamodel.models) {
    const table = tableOf(model);
    const shape: TableShape = { columns: {}, primaryKey: null, indexes: {}, foreignKeys: {} };
    for (const field of model.fields) {
      if (field.kind === 'object') continue;
      if (field.kind === 'unsupported') throw new Error(`drift test: Unsupported("${field.type}") in ${model.name}`);
      const column = field.dbName ?? field.name;
      const base =
        field.kind === 'enum'
          ? enums.get(field.type)!
          : field.nativeType
            ? nativeType(field.nativeType)
            : SCALAR_TYPES[field.type];
      if (!base) throw new Error(`drift test: unknown scalar type ${field.type}`);
      const type = field.isList ? `${base}[]` : base;
      // Prisma never declares list columns NOT NULL.
      shape.columns[column] = {
        type,
        nullable: !field.isRequired || field.isList,
        default: expectedDefault(field, table, column, type, enums),
      };
    }
    for (const field of model.fields) {
      if (field.kind !== 'object' || !field.relationFromFields?.length) continue;
      const target = models.get(field.type)!;
      const columns = field.relationFromFields.map((name) => columnOf(model, name));
      const optional = field.relationFromFields.some((name) => !model.fields.find((f) => f.name === name)!.isRequired);
      shape.foreignKeys[defaultName(table, columns, 'fkey')] = {
        columns,
        references: tableOf(target),
        referencedColumns: field.relationToFields!.map((name) => columnOf(target, name)),
        onDelete: field.relationOnDelete ?? (optional ? 'SetNull' : 'Restrict'),
        onUpdate: field.relationOnUpdate ?? 'Cascade',
      };
    }
    tables[table] = shape;
  }

  for (const index of datamodel.indexes) {
    const model = models.get(index.model)!;
    const table = tableOf(model);
    const columns = index.fields.map((field) => columnOf(model, field.name));
    if (index.type === 'id') {
      tables[table]!.primaryKey = {
        name: index.dbName ?? model.primaryKey?.name ?? defaultName(table, [], 'pkey'),
        columns,
      };
      continue;
    }
    if (index.type === 'fulltext') throw new Error('drift test: fulltext indexes do not exist on PostgreSQL');
    const name = index.dbName ?? defaultName(table, columns, index.type === 'unique' ? 'key' : 'idx');
    tables[table]!.indexes[name] = {
      columns: index.fields.map(
        (field, position) => `${columns[position]}${field.sortOrder === 'desc' ? ' DESC' : ''}`,
      ),
      unique: index.type === 'unique',
      method: (index.algorithm ?? 'BTree').toLowerCase(),
    };
  }

  const enumShapes: Record<string, string[]> = {};
  for (const e of datamodel.enums) enumShapes[e.dbName ?? e.name] = e.values.map((value) => value.dbName ?? value.name);
  return { tables, enums: enumShapes };
}

export interface Catalog extends SchemaShape {
  checks: Record<string, string[]>;
  triggers: string[];
  /** Functions in the schema (PL/pgSQL and SQL functions our migrations create). */
  functions: string[];
  views: string[];
}

const unquote = (text: string | null) => (text === null ? null : text.replaceAll('"', ''));

/** The same shape read from a database's catalog (current schema; Prisma's bookkeeping table left out). */
export async function readCatalog(client: pg.ClientBase | pg.Pool): Promise<Catalog> {
  const tableFilter = `c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;
  const catalog: Catalog = { tables: {}, enums: {}, checks: {}, triggers: [], functions: [], views: [] };
  const tableShape = (name: string) =>
    (catalog.tables[name] ??= { columns: {}, primaryKey: null, indexes: {}, foreignKeys: {} });

  const tables = await client.query<{ name: string }>(`SELECT c.relname AS name FROM pg_class c WHERE ${tableFilter}`);
  for (const { name } of tables.rows) tableShape(name);

  const columns = await client.query<{
    table: string;
    column: string;
    type: string;
    nullable: boolean;
    default: string | null;
  }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
           NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE ${tableFilter} AND a.attnum > 0 AND NOT a.attisdropped`);
  for (const row of columns.rows) {
    tableShape(row.table).columns[row.column] = {
      type: unquote(row.type)!,
      nullable: row.nullable,
      default: unquote(row.default),
    };
  }

  const indexes = await client.query<{
    table: string;
    name: string;
    primary: boolean;
    unique: boolean;
    method: string;
    columns: string[];
    predicate: string | null;
  }>(`
    SELECT c.relname AS table, i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique, am.amname AS method,
           ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true) ||
                        CASE WHEN x.indoption[k - 1] & 1 = 1 THEN ' DESC' ELSE '' END
                 FROM generate_series(1, x.indnkeyatts) AS k ORDER BY k) AS columns,
           pg_get_expr(x.indpred, x.indrelid) AS predicate
    FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam
    WHERE ${tableFilter}`);
  for (const row of indexes.rows) {
    const columnNames = row.columns.map((column) => unquote(column)!);
    if (row.primary) tableShape(row.table).primaryKey = { name: row.name, columns: columnNames };
    else {
      tableShape(row.table).indexes[row.name] = {
        columns: row.predicate ? [...columnNames, `WHERE ${row.predicate}`] : columnNames,
        unique: row.unique,
        method: row.method,
      };
    }
  }

  const constraints = await client.query<{
    table: string;
    name: string;
    type: string;
    columns: string[];
    references: string | null;
    referenced: string[] | null;
    on_delete: string;
    on_update: string;
  }>(`
    SELECT c.relname AS table, k.conname AS name, k.contype AS type,
           ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(n, o)
                 JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o) AS columns,
           r.relname AS references,
           ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY AS u(n, o)
                 JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o) AS referenced,
           k.confdeltype AS on_delete, k.confupdtype AS on_update
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid LEFT JOIN pg_class r ON r.oid = k.confrelid
    WHERE ${tableFilter} AND k.contype IN ('f', 'c', 'x', 't')`);
  for (const row of constraints.rows) {
    if (row.type === 'f') {
      tableShape(row.table).foreignKeys[row.name] = {
        columns: row.columns,
        references: row.references!,
        referencedColumns: row.referenced!,
        onDelete: REFERENTIAL_ACTIONS[row.on_delete]!,
        onUpdate: REFERENTIAL_ACTIONS[row.on_update]!,
      };
    } else {
      catalog.checks[row.table] ??= [];
      catalog.checks[row.table]!.push(row.name);
    }
  }

  const enums = await client.query<{ name: string; values: string[] }>(`
    SELECT t.typname AS name, ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS values
    FROM pg_type t WHERE t.typnamespace = current_schema()::regnamespace AND t.typtype = 'e'`);
  for (const row of enums.rows) catalog.enums[row.name] = row.values;

  const triggers = await client.query<{ name: string }>(`
    SELECT c.relname || '.' || t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace`);
  catalog.triggers = triggers.rows.map((row) => row.name).sort();
  const functions = await client.query<{ name: string }>(`
    SELECT p.proname AS name FROM pg_proc p
    WHERE p.pronamespace = current_schema()::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`);
  catalog.functions = functions.rows.map((row) => row.name).sort();
  const views = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('v', 'm')`);
  catalog.views = views.rows.map((row) => row.name).sort();
  for (const names of Object.values(catalog.checks)) names.sort();
  return catalog;
}
