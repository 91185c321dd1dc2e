import type { Context } from '../context.js';

/** What the catalog and order services need from a request: the database and who acts. */
export type ServiceContext = Pick<Context, 'prisma' | 'viewer'>;
