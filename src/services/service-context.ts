import type { Context } from '../context.js';

/** What every service takes first: the database, who acts (null: the system, e.g. a job), and the settings. */
export type ServiceContext = Pick<Context, 'prisma' | 'viewer' | 'config'>;
