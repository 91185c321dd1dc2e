import DataLoader from 'dataloader';
import type { Prisma, PrismaClient } from '../db/prisma.js';
import { NotFoundError } from '../errors.js';

/** The `query` Pothos hands a prismaField: a select or include for the field's whole sub-selection. */
export interface EntityQuery {
  select?: Record<string, unknown>;
  include?: Record<string, unknown>;
}

/**
 * Rows by id for fields that point at a model from outside Prisma (report
 * rows from raw SQL). Loads made in the same tick with the same Pothos query
 * (same field path, so same nested selection) become ONE findMany, nested
 * relations included; ids that do not exist reject with NOT_FOUND.
 */
export interface EntityByIdLoader<Row> {
  load(id: number, query?: EntityQuery): Promise<Row>;
}

type FindMany<Row> = (args: EntityQuery & { where: { id: { in: number[] } } }) => Promise<Row[]>;

function withId(query: EntityQuery): EntityQuery {
  return query.select ? { ...query, select: { ...query.select, id: true } } : query;
}

export function createEntityByIdLoader<Row extends { id: number }>(
  entity: string,
  findMany: FindMany<Row>,
): EntityByIdLoader<Row> {
  const byQuery = new Map<string, DataLoader<number, Row>>();
  return {
    load(id, query = {}) {
      const key = JSON.stringify(query);
      let loader = byQuery.get(key);
      if (!loader) {
        const args = withId(query);
        loader = new DataLoader<number, Row>(async (ids) => {
          const rows = await findMany({ ...args, where: { id: { in: [...ids] } } });
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((rowId) => byId.get(rowId) ?? new NotFoundError(entity, rowId));
        });
        byQuery.set(key, loader);
      }
      return loader.load(id);
    },
  };
}

export const createUserByIdLoader = (prisma: PrismaClient) =>
  createEntityByIdLoader<Prisma.UserGetPayload<object>>('User', (args) =>
    prisma.user.findMany(args as Prisma.UserFindManyArgs),
  );

export const createProductByIdLoader = (prisma: PrismaClient) =>
  createEntityByIdLoader<Prisma.ProductGetPayload<object>>('Product', (args) =>
    prisma.product.findMany(args as Prisma.ProductFindManyArgs),
  );

export const createOrderByIdLoader = (prisma: PrismaClient) =>
  createEntityByIdLoader<Prisma.OrderGetPayload<object>>('Order', (args) =>
    prisma.order.findMany(args as Prisma.OrderFindManyArgs),
  );
