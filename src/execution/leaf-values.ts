/**
 * How the compiled-read planner writes a column's value in SQL JSON: as
 * Prisma would hand it to a resolver (SQL_VALUES, then fromJson), or —
 * where PostgreSQL can write the serialised value itself — transparently,
 * so the response takes the JSON as it is.
 */
import { isEnumType, type GraphQLLeafType } from 'graphql';
import { Prisma } from '../db/prisma.js';
import * as prismaEnums from '../generated/prisma/enums.js';
import type { ColumnInfo } from './sql-models.js';

export type SqlEncoding = (expr: Prisma.Sql) => Prisma.Sql;

/** Prisma scalar types whose JSON form the planner knows how to turn back into Prisma's values. */
const SQL_VALUES: Record<string, SqlEncoding> = {
  Int: (expr) => expr,
  Float: (expr) => expr,
  String: (expr) => expr,
  Boolean: (expr) => expr,
  // Exact: numeric as text, never a JSON number.
  Decimal: (expr) => Prisma.sql`(${expr})::text`,
  DateTime: (expr) => expr,
};

export const fromJson: Record<string, (value: unknown) => unknown> = {
  DateTime: (value) => new Date(value as string),
};

const asIs: SqlEncoding = (expr) => expr;
const IDENTITY_SCALARS = new Set(['String:String', 'ID:String', 'Int:Int', 'Boolean:Boolean']);
const MONEY_PROBES: [string, string][] = [
  ['12.50', '12.50'],
  ['1.005', '1.01'],
  ['-1.005', '-1.01'],
  ['7', '7.00'],
];
const transparentTypes = new WeakMap<GraphQLLeafType, boolean>();

/** Whether `type` serialises each probe input to the expected output (asked once per type). */
function serialisesAs(type: GraphQLLeafType, probes: [unknown, unknown][]): boolean {
  let known = transparentTypes.get(type);
  if (known === undefined) {
    try {
      known = probes.length > 0 && probes.every(([input, output]) => type.serialize(input) === output);
    } catch {
      known = false;
    }
    transparentTypes.set(type, known);
  }
  return known;
}

/**
 * How to write a column so that its SQL JSON already is the field's
 * serialised value (nothing to convert in JS), or null when only the type's
 * serializer may produce it. Built-in scalars over their own Prisma type;
 * an enum whose every database value serialises to itself; a Decimal
 * scalar that writes two fractional digits rounding half away from zero,
 * as round(numeric, 2) does (checked on probes, not assumed).
 */
function transparentEncoding(type: GraphQLLeafType, info: ColumnInfo): SqlEncoding | null {
  if (isEnumType(type)) {
    const values = Object.values((prismaEnums as Record<string, Record<string, string>>)[info.type] ?? {});
    return serialisesAs(
      type,
      values.map((value) => [value, value]),
    )
      ? asIs
      : null;
  }
  if (IDENTITY_SCALARS.has(`${type.name}:${info.type}`)) return asIs;
  if (info.type === 'Decimal' && serialisesAs(type, MONEY_PROBES)) {
    return (expr) => Prisma.sql`round(${expr}, 2)::text`;
  }
  return null;
}

/**
 * How a column is written into the node's JSON: transparently when
 * PostgreSQL can write the serialised value, else as Prisma would hand it
 * to a resolver (the serializer runs on it); null when the planner cannot.
 */
export function columnEncoding(
  type: GraphQLLeafType,
  info: ColumnInfo,
): { encode: SqlEncoding; transparent: boolean } | null {
  const transparent = transparentEncoding(type, info);
  if (transparent) return { encode: transparent, transparent: true };
  const encode = info.kind === 'enum' ? asIs : SQL_VALUES[info.type];
  return encode ? { encode, transparent: false } : null;
}
