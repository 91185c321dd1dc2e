/**
 * `npm run seed -- --users N --products N --orders N [--reset] [--seed N] [--date YYYY-MM-DD]`
 * Migrates, then fills the database (DATABASE_URL, or the embedded one in
 * DATA_DIR) with a deterministic demo data set and prints how long it took.
 */
import { handleHelp } from './help.js';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import {
  DEFAULT_SEED,
  DEMO_ADMIN,
  DEMO_CUSTOMER_PASSWORD,
  seedDatabase,
  SeedError,
  type SeedProgress,
} from '../seed/seed.js';

handleHelp(`
usage: npm run seed -- [--users N] [--products N] [--orders N] [--reset] [--seed N] [--date YYYY-MM-DD]

Migrates, then fills DATABASE_URL (or the embedded database in DATA_DIR) with
deterministic demo data. Defaults: 1000 users, 200 products, 5000 orders,
seed ${DEFAULT_SEED}, today's date. --reset empties the tables first. Outside the
embedded database set ADMIN_EMAIL and ADMIN_PASSWORD for the admin account.
`);

function fail(message: string): never {
  process.stderr.write(`seed: ${message}\n`);
  process.exit(1);
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) fail(`--${name} must be a whole number >= 0 (got "${value}")`);
  return Number(value);
}

/** A one-line bar redrawn in place; only on a terminal. */
function progressBar(): ((progress: SeedProgress) => void) | undefined {
  if (!process.stdout.isTTY) return undefined;
  let last = 0;
  return ({ table, done, total }) => {
    const now = performance.now();
    if (done < total && now - last < 80) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const percent = String(Math.floor((done / total) * 100)).padStart(3);
    process.stdout.write(
      `\r  [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}%  ${table.padEnd(16)}\x1b[K`,
    );
    if (done === total) process.stdout.write('\n');
  };
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        users: { type: 'string' },
        products: { type: 'string' },
        orders: { type: 'string' },
        reset: { type: 'boolean', default: false },
        seed: { type: 'string' },
        date: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

const args = readArgs();

const config = loadConfig();
const sizes = {
  users: count(args.users, 'users', 1_000),
  products: count(args.products, 'products', 200),
  orders: count(args.orders, 'orders', 5_000),
};
const seed = count(args.seed, 'seed', DEFAULT_SEED);
const referenceDate = args.date === undefined ? undefined : new Date(`${args.date}T00:00:00Z`);
if (referenceDate && (Number.isNaN(referenceDate.getTime()) || !/^\d{4}-\d{2}-\d{2}$/.test(args.date!))) {
  fail(`--date must be YYYY-MM-DD (got "${args.date}")`);
}

let admin: { email: string; password: string };
if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
  admin = { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD };
} else if (config.embedded && !config.ADMIN_EMAIL && !config.ADMIN_PASSWORD) {
  admin = DEMO_ADMIN;
  console.log(`Embedded demo database: admin ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
} else {
  fail(
    'set ADMIN_EMAIL and ADMIN_PASSWORD for the admin account (demo credentials are only for the embedded database)',
  );
}

const defaulted = (['users', 'products', 'orders', 'seed'] as const).filter((name) => args[name] === undefined);
if (defaulted.length > 0) {
  console.log(
    `Defaults used for ${defaulted.map((name) => `--${name}`).join(', ')} (npm run seed -- --help lists the options).`,
  );
}
console.log(
  `Seeding ${sizes.users} users, ${sizes.products} products, ${sizes.orders} orders ` +
    `(seed ${seed}${referenceDate ? `, reference date ${args.date}` : ''}) into ${config.embedded ? `the embedded database in ${config.DATA_DIR}` : 'DATABASE_URL'}…`,
);

const database = await openDatabase(config, { log: (line) => console.log(`migrate: ${line}`) }).catch(
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
);
const onProgress = progressBar();
try {
  const summary = await seedDatabase(database.pool, {
    ...sizes,
    admin,
    seed,
    reset: args.reset,
    ...(referenceDate ? { referenceDate } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const { counts } = summary;
  console.log(
    `Seeded ${counts.categories} categories, ${counts.users} users (${counts.profiles} profiles), ${counts.products} products, ` +
      `${counts.orders} orders, ${counts.orderItems} order items, ${counts.activities} activities.`,
  );
  console.log(`Admin: ${summary.adminEmail}. Customers share the password ${DEMO_CUSTOMER_PASSWORD}.`);
  console.log(`Done in ${(summary.durationMs / 1000).toFixed(1)} s.`);
} catch (error) {
  if (error instanceof SeedError) process.stderr.write(`seed: ${error.message}\n`);
  else console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
}
