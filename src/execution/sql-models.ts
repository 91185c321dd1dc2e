/**
 * The tables behind the Prisma models, as compiled reads need them: each
 * model's table, its columns (Prisma field → column and type) and its
 * single-column relations. Built once from the Pothos datamodel (relations,
 * ids) and the Prisma client's runtime datamodel (the @map / @@map names).
 */
import { Prisma } from '../db/prisma.js';
import { getDatamodel } from '../generated/pothos-types.js';

export interface ColumnInfo {
  column: string;
  /** Prisma's scalar type (Int, String, DateTime, Decimal…) or the enum's name. */
  type: string;
  kind: 'scalar' | 'enum';
  isList: boolean;
  /** NOT NULL in the table (a list column is never null). */
  isRequired: boolean;
}

export interface RelationInfo {
  target: string;
  isList: boolean;
  /** The join: `target.<targetColumn> = this.<localColumn>`. */
  localColumn: string;
  targetColumn: string;
  /** A to-one relation that always finds its row (a required foreign key on this side); lists never null. */
  isRequired: boolean;
}

export interface ModelInfo {
  name: string;
  table: Prisma.Sql;
  /** The table's name as PostgreSQL knows it (unquoted). */
  tableName: string;
  idColumn: string;
  columns: Map<string, ColumnInfo>;
  relations: Map<string, RelationInfo>;
}

export type SqlModels = Map<string, ModelInfo>;

interface RuntimeField {
  name: string;
  dbName?: string | null;
}
interface RuntimeDataModel {
  models: Record<string, { dbName?: string | null; fields: RuntimeField[] }>;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The Prisma client's runtime datamodel (the database names); null when this client does not carry one. */
export function runtimeDataModelOf(client: unknown): RuntimeDataModel | null {
  const model = (client as { _runtimeDataModel?: RuntimeDataModel })._runtimeDataModel;
  return model && typeof model === 'object' && model.models ? model : null;
}

export function sqlModels(runtime: RuntimeDataModel): SqlModels {
  const { models } = getDatamodel().datamodel;
  const dbName = (model: string, field?: string) => {
    const entry = runtime.models[model];
    if (field === undefined) return entry?.dbName ?? model;
    return entry?.fields.find((candidate) => candidate.name === field)?.dbName ?? field;
  };
  const result: SqlModels = new Map();
  for (const [name, model] of Object.entries(models)) {
    const ids = model.fields.filter((field) => field.isId);
    if (ids.length !== 1) continue;
    const columns = new Map<string, ColumnInfo>();
    for (const field of model.fields) {
      if (field.kind !== 'scalar' && field.kind !== 'enum') continue;
      columns.set(field.name, {
        column: dbName(name, field.name),
        type: field.type,
        kind: field.kind,
        isList: field.isList,
        isRequired: field.isRequired || field.isList,
      });
    }
    result.set(name, {
      name,
      table: Prisma.raw(quoted(dbName(name))),
      tableName: dbName(name),
      idColumn: dbName(name, ids[0]!.name),
      columns,
      relations: new Map(),
    });
  }
  for (const [name, model] of Object.entries(models)) {
    const info = result.get(name);
    if (!info) continue;
    for (const field of model.fields) {
      if (field.kind !== 'object' || !field.relationName) continue;
      const target = result.get(field.type);
      if (!target) continue;
      const from = field.relationFromFields ?? [];
      if (from.length === 1) {
        // This side holds the foreign key, which references the target's id.
        info.relations.set(field.name, {
          target: field.type,
          isList: false,
          localColumn: dbName(name, from[0]!),
          targetColumn: target.idColumn,
          isRequired: field.isRequired,
        });
        continue;
      }
      const opposite = models[field.type]?.fields.find(
        (candidate) =>
          candidate.relationName === field.relationName &&
          candidate.name !== field.name &&
          (candidate.relationFromFields?.length ?? 0) === 1,
      );
      if (!opposite) continue;
      info.relations.set(field.name, {
        target: field.type,
        isList: field.isList,
        localColumn: info.idColumn,
        targetColumn: dbName(field.type, opposite.relationFromFields![0]!),
        isRequired: field.isList,
      });
    }
  }
  return result;
}

export const column = (alias: string, name: string) => Prisma.raw(`${alias}.${quoted(name)}`);
