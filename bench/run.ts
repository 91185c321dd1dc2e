/**
 * `npm run bench` (DATABASE_URL required): the production build (`npm run start:prod`) as a child
 * process against the floor (bench/floor.ts: one hand-written SQL statement
 * per shape), side by side in one run, interleaved, on the same database.
 *
 *   npm run bench                 # c = 1, 8, 32; 2 rounds; medians
 *   npm run bench -- --quick      # c = 8, 1 round (the edit–measure loop)
 *   npm run bench -- --seed       # seed DATABASE_URL first (10k users, 2k products, 100k orders)
 *   options: --duration S (per run), --rounds N, --warmup S (unrecorded load per shape first; 2),
 *            --shapes A,B,C,report,order-hot,order-spread,A-cached, --connections 1,8 (read shapes),
 *            --profile DIR (a CPU profile of the server, written when it exits)
 *
 * autocannon runs in a worker thread (bench/load-worker.mjs), so the floor on
 * this thread and the server in its child both get a thread of their own.
 * Every response is checked for `errors`; before measuring, each shape's
 * data is compared with the floor's. SQL statements per request are counted
 * in-process with the query observer; the server's peak RSS is read from
 * /proc. Prints one table and writes bench/results.json. The measured
 * server runs without the response cache, the query-cost budget and the
 * in-process worker (the outbox jobs queue up; workers are measured apart).
 * The extra row A-cached (never instead of A) asks a second server, with
 * the response cache on, the same query.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import pino from 'pino';
import { signToken } from '../src/auth/viewer.js';
import { PRODUCTION_ACCOUNT_CACHE_MS, parseConfig } from '../src/config.js';
import { createPool } from '../src/db/pool.js';
import { createPrismaClient } from '../src/db/prisma.js';
import { runInQueryScope, type QueryScope } from '../src/db/query-observer.js';
import { createServer } from '../src/yoga.js';
import { startFloor, type FloorShape } from './floor.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seed: { type: 'boolean', default: false },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    /** Seconds of unrecorded load per shape and server before the rounds. */
    warmup: { type: 'string' },
    shapes: { type: 'string' },
    /** Connection counts for the read shapes instead of 1,8,32 (quick: 8). */
    connections: { type: 'string' },
    /** Write a V8 CPU profile of the (uncached) server into this folder. */
    profile: { type: 'string' },
  },
});
const url = process.env['DATABASE_URL'];
if (!url) {
  process.stderr.write('npm run bench needs DATABASE_URL (a database it may seed and write orders into)\n');
  process.exit(1);
}
const quick = args.quick;
const duration = Number(args.duration ?? (quick ? 4 : 6));
const rounds = Number(args.rounds ?? (quick ? 1 : 2));
const warmup = Number(args.warmup ?? 2);
const concurrencies = args.connections ? args.connections.split(',').map(Number) : quick ? [8] : [1, 8, 32];
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const ENCRYPTION_KEY = 'cd'.repeat(32);

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// ------------------------------------------------------------------ set-up

const admin = new pg.Client({ connectionString: url });
await admin.connect();
const counted = Number(
  (await admin.query<{ n: string }>('SELECT count(*) AS n FROM orders').catch(() => ({ rows: [{ n: '0' }] }))).rows[0]!
    .n,
);
if (args.seed || counted === 0) {
  console.log('seeding DATABASE_URL (10k users, 2k products, 100k orders)…');
  run('npx', ['tsx', 'src/cli/seed.ts', '--reset', '--users', '10000', '--products', '2000', '--orders', '100000'], {
    ADMIN_EMAIL: 'bench-admin@example.com',
    ADMIN_PASSWORD: 'Bench!Admin2026',
  });
}
console.log('building (npm run build)…');
run('npm', ['run', '-s', 'build']);

const adminId = (
  await admin.query<{ id: number }>(
    `SELECT id FROM users WHERE role = 'ADMIN' AND is_active AND deleted_at IS NULL ORDER BY id LIMIT 1`,
  )
).rows[0]!.id;
// The placeOrder shapes order as a customer of their own, so that repeated runs do not grow the order list shape B reads.
const buyer = (
  await admin.query<{ id: number }>(
    `INSERT INTO users (username, email, password_hash, first_name, last_name, updated_at)
     VALUES ('bench-buyer', 'bench-buyer@example.com', '!', 'Bench', 'Buyer', now())
     ON CONFLICT (username) DO UPDATE SET is_active = TRUE, deleted_at = NULL RETURNING id`,
  )
).rows[0]!.id;
const busiest = (
  await admin.query<{ id: number }>(
    `SELECT o.customer_id AS id FROM orders o JOIN users u ON u.id = o.customer_id
     WHERE u.deleted_at IS NULL AND u.id <> $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    [buyer],
  )
).rows[0]!.id;
const products = (
  await admin.query<{ id: number }>(`SELECT id FROM products WHERE is_active ORDER BY id LIMIT 104`)
).rows.map((row) => row.id);
const hot = products.slice(0, 8);
const spread = products.slice(8, 104);
// Stock that never runs out during the bench (orders keep their exact bookkeeping either way).
await admin.query(`UPDATE products SET stock_quantity = 1000000000 WHERE id = ANY($1::int[])`, [products]);
const token = (await signToken({ userId: adminId, role: 'ADMIN' }, JWT_SECRET, 86_400)).token;
const toGlobal = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

interface Shape {
  name: string;
  floor: FloorShape;
  query: string;
  variables: () => Record<string, unknown>;
  floorParams: () => unknown[];
  /** Compare data with the floor (orders write new rows: compared by shape only). */
  compare: boolean;
  concurrencies: number[];
  /** Sent without a token (shape A: an anonymous shopper). */
  anonymous?: boolean;
  /** Served by the second server, the one with RESPONSE_CACHE on. */
  cached?: boolean;
  /** How many different bodies the shape sends in turn (the order shapes' products). */
  cycle?: number;
}

let spreadIndex = 0;
let hotIndex = 0;
/** Shape A, asked of both servers: A uncached, A-cached with the response cache on. */
const SHAPE_A = '{ products(first: 20) { nodes { name sku price category { name slug } } } }';
const SHAPES: Shape[] = [
  {
    name: 'A',
    floor: 'products',
    query: SHAPE_A,
    variables: () => ({}),
    floorParams: () => [],
    compare: true,
    concurrencies,
    anonymous: true,
  },
  {
    name: 'B',
    floor: 'userOrders',
    query: `query($id: ID!) { user(id: $id) { orders(first: 10, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { orderNumber status totalAmount items { quantity unitPrice product { name sku category { name } } } } } } }`,
    variables: () => ({ id: toGlobal('User', busiest) }),
    floorParams: () => [busiest],
    compare: true,
    concurrencies,
  },
  {
    name: 'C',
    floor: 'orders',
    query: `{ orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { orderNumber status totalAmount itemCount customer { username email } items { quantity } } } }`,
    variables: () => ({}),
    floorParams: () => [],
    compare: true,
    concurrencies,
  },
  {
    name: 'report',
    floor: 'topCustomers',
    query: '{ reports { topCustomers(limit: 20) { totalSpent user { username } } } }',
    variables: () => ({}),
    floorParams: () => [],
    compare: true,
    concurrencies,
  },
  {
    name: 'A-cached',
    floor: 'products',
    query: SHAPE_A,
    variables: () => ({}),
    floorParams: () => [],
    compare: true,
    concurrencies,
    anonymous: true,
    cached: true,
  },
  {
    name: 'order-hot',
    floor: 'placeOrder',
    query: `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { orderNumber totalAmount } }`,
    variables: () => ({
      input: {
        customerId: toGlobal('User', buyer),
        items: [{ productId: toGlobal('Product', hot[hotIndex++ % hot.length]!), quantity: 1 }],
      },
    }),
    floorParams: () => [buyer, hot[hotIndex++ % hot.length]],
    compare: false,
    cycle: hot.length,
    concurrencies: [16],
  },
  {
    name: 'order-spread',
    floor: 'placeOrder',
    query: `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { orderNumber totalAmount } }`,
    variables: () => ({
      input: {
        customerId: toGlobal('User', buyer),
        items: [{ productId: toGlobal('Product', spread[spreadIndex++ % spread.length]!), quantity: 1 }],
      },
    }),
    floorParams: () => [buyer, spread[spreadIndex++ % spread.length]],
    compare: false,
    cycle: spread.length,
    concurrencies: [16],
  },
];
const wanted = args.shapes ? new Set(args.shapes.split(',')) : null;
const shapes = SHAPES.filter((shape) => !wanted || wanted.has(shape.name));

// ------------------------------------------------------------------ servers

/** `npm run start:prod` without npm in between (the bench samples the server process's own RSS). */
function productionCommand(): string[] {
  const scripts = (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const [node, ...nodeArgs] = scripts['start:prod']!.trim().split(/\s+/);
  if (node !== 'node') throw new Error('start:prod must be a plain `node …` command');
  return nodeArgs;
}

function startServer(serverPort: number, extra: Record<string, string>, profile?: string): ChildProcess {
  const profiling = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  return spawn(process.execPath, [...profiling, ...productionCommand()], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      JWT_SECRET,
      ENCRYPTION_KEY,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(serverPort),
      DB_POOL_SIZE: '10',
      WORKER_ENABLED: 'false',
      QUERY_COST_BUDGET_PER_MINUTE: '0',
      // Slow-query lines would flood the terminal under load (the report shape takes ~200 ms by itself).
      SLOW_QUERY_MS: '600000',
      REDIS_URL: '',
      RESPONSE_CACHE: 'false',
      ...extra,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
const port = await freePort();
const child = startServer(port, {}, args.profile);
const cachedPort = await freePort();
const cachedChild = shapes.some((shape) => shape.cached) ? startServer(cachedPort, { RESPONSE_CACHE: 'true' }) : null;
const portOf = (shape: Shape) => (shape.cached ? cachedPort : port);
// The children must not outlive the bench, whatever happens.
process.on('exit', () => {
  child.kill('SIGKILL');
  cachedChild?.kill('SIGKILL');
});
process.on('uncaughtException', (error) => {
  console.error(error);
  process.exit(1);
});
process.on('unhandledRejection', (error) => {
  console.error(error);
  process.exit(1);
});
const floor = await startFloor(url, 10);
for (const serverPort of cachedChild ? [port, cachedPort] : [port]) {
  for (let attempt = 0; ; attempt++) {
    const ready = await fetch(`http://127.0.0.1:${serverPort}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (attempt > 300) throw new Error('the server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let peakRss = 0;
const rssTimer = setInterval(() => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peakRss = Math.max(peakRss, kb * 1024);
  } catch {
    /* not on Linux */
  }
}, 500);

const headersFor = (shape: Shape): Record<string, string> =>
  shape.anonymous
    ? { 'content-type': 'application/json' }
    : { 'content-type': 'application/json', authorization: `Bearer ${token}` };
const ourRequest = (shape: Shape) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: headersFor(shape),
  body: JSON.stringify({ query: shape.query, variables: shape.variables() }),
});

async function post(target: 'ours' | 'floor', shape: Shape): Promise<{ data?: unknown; errors?: unknown }> {
  if (target === 'ours') {
    const request = ourRequest(shape);
    const ours = `http://127.0.0.1:${portOf(shape)}/graphql`;
    return (await (await fetch(ours, { method: 'POST', headers: request.headers, body: request.body })).json()) as {
      data?: unknown;
    };
  }
  return (await (
    await fetch(`http://127.0.0.1:${floor.port}/${shape.floor}`, {
      method: 'POST',
      body: JSON.stringify(shape.floorParams()),
    })
  ).json()) as {
    data?: unknown;
  };
}

// ------------------------------------------------------------------ checks

console.log('checking every shape against the floor…');
for (const shape of shapes) {
  const [a, b] = [await post('ours', shape), await post('floor', shape)];
  if (a.errors || b.errors)
    throw new Error(`${shape.name}: errors ${JSON.stringify(a.errors ?? b.errors).slice(0, 300)}`);
  if (shape.compare && !isDeepStrictEqual(a.data, b.data)) {
    throw new Error(
      `${shape.name}: our data differs from the floor's\nours:  ${JSON.stringify(a.data).slice(0, 400)}\nfloor: ${JSON.stringify(b.data).slice(0, 400)}`,
    );
  }
}

/** SQL statements one request sends, counted in-process by the query observer (the viewer's account lookup included). */
async function statementCounts(): Promise<Record<string, number>> {
  const pool = createPool({
    connectionString: url!,
    max: 4,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 1_000,
    statementTimeoutMs: 0,
  });
  const prisma = createPrismaClient(pool);
  const config = parseConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: url,
    JWT_SECRET,
    ENCRYPTION_KEY,
    QUERY_COST_BUDGET_PER_MINUTE: '0',
    REDIS_URL: '',
    // The measured server runs with NODE_ENV=production, whose default this is.
    ACCOUNT_CACHE_MS: process.env['ACCOUNT_CACHE_MS'] ?? String(PRODUCTION_ACCOUNT_CACHE_MS),
  });
  // With the pool, as the production server has it (its account cache listens on the pool's database).
  const yoga = createServer({ prisma, pool, config, log: pino({ level: 'silent' }) });
  const cachedYoga = createServer({
    prisma,
    pool,
    config: { ...config, RESPONSE_CACHE: true },
    log: pino({ level: 'silent' }),
  });
  const counts: Record<string, number> = {};
  const send = (shape: Shape) => {
    const request = ourRequest(shape);
    return (shape.cached ? cachedYoga : yoga).fetch('http://bench/graphql', {
      method: 'POST',
      headers: request.headers,
      body: request.body,
    });
  };
  // Warm up (the first request plans, caches, and learns the viewer's account), and give the account
  // cache's LISTEN connection a moment to be up: until it is, no account is kept (as in production).
  for (const shape of shapes) await send(shape);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  for (const shape of shapes) {
    await send(shape);
    const scope: QueryScope = { statementCount: 0, operationName: null };
    await runInQueryScope(scope, () => send(shape));
    counts[shape.name] = scope.statementCount;
  }
  await yoga.dispose();
  await cachedYoga.dispose();
  await prisma.$disconnect();
  await pool.end();
  return counts;
}
const statements = await statementCounts();

// ------------------------------------------------------------------ load

/** What bench/load-worker.mjs is given. */
interface LoadJob {
  url: string;
  path: string;
  headers: Record<string, string>;
  bodies: string[];
  connections: number;
  duration: number;
}

interface Sample {
  rps: number;
  /** Milliseconds, timed by bench/load-worker.mjs to fractions of one. */
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** Request bodies in the order a shape sends them (the order shapes cycle through their products). */
function bodiesFor(target: 'ours' | 'floor', shape: Shape): string[] {
  return Array.from({ length: shape.cycle ?? 1 }, () =>
    target === 'ours'
      ? JSON.stringify({ query: shape.query, variables: shape.variables() })
      : JSON.stringify(shape.floorParams()),
  );
}

/** One autocannon run, in a worker thread (bench/load-worker.mjs): the floor's thread serves, it does not load. */
function load(target: 'ours' | 'floor', shape: Shape, connections: number, seconds = duration): Promise<Sample> {
  const job: LoadJob = {
    url: target === 'ours' ? `http://127.0.0.1:${portOf(shape)}` : `http://127.0.0.1:${floor.port}`,
    path: target === 'ours' ? '/graphql' : `/${shape.floor}`,
    headers: target === 'ours' ? headersFor(shape) : {},
    bodies: bodiesFor(target, shape),
    connections,
    duration: seconds,
  };
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: job });
  return new Promise<Sample>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the load worker exited with ${code}`)));
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

// Unrecorded runs first: the JIT of both servers (and PostgreSQL's caches) warm before anything counts.
for (const shape of shapes) {
  for (const target of ['ours', 'floor'] as const) {
    await load(target, shape, Math.max(...shape.concurrencies), warmup);
  }
}

const samples = new Map<string, { ours: Sample[]; floor: Sample[] }>();
for (let round = 1; round <= rounds; round++) {
  for (const shape of shapes) {
    for (const connections of shape.concurrencies) {
      const key = `${shape.name}@${connections}`;
      const entry = samples.get(key) ?? { ours: [], floor: [] };
      // Interleaved, and the order alternates per round: neither side always runs on a warmer machine.
      const order: Array<'ours' | 'floor'> = round % 2 ? ['ours', 'floor'] : ['floor', 'ours'];
      for (const target of order) {
        const sample = await load(target, shape, connections);
        entry[target].push(sample);
        process.stdout.write(
          `round ${round} ${key.padEnd(18)} ${target.padEnd(5)} ${sample.rps.toFixed(0).padStart(6)} req/s p50 ${sample.p50.toFixed(2)} ms\n`,
        );
      }
      samples.set(key, entry);
    }
  }
}
clearInterval(rssTimer);

// ------------------------------------------------------------------ report

/** The median of every field over a shape's rounds. */
function medians(list: Sample[]): Sample {
  const pick = (field: keyof Sample) => median(list.map((sample) => sample[field]));
  return {
    rps: pick('rps'),
    mean: pick('mean'),
    p50: pick('p50'),
    p95: pick('p95'),
    p99: pick('p99'),
    errors: pick('errors'),
  };
}

const rows = [...samples.entries()].map(([key, entry]) => {
  const [name, connections] = key.split('@') as [string, string];
  const ours = medians(entry.ours);
  const floorRow = medians(entry.floor);
  return {
    shape: name,
    connections: Number(connections),
    ours,
    floor: floorRow,
    ratio: ours.rps / floorRow.rps,
    statements: statements[name] ?? null,
  };
});
const header =
  '| shape | c | ours req/s | floor req/s | ours/floor | p50 ours / floor (ms) | p50 ours÷floor | mean ours / floor (ms) | p95 ours / floor (ms) | p99 ours (ms) | SQL statements | errors |';
console.log(`\n${header}\n|---|---|---|---|---|---|---|---|---|---|---|---|`);
const ms = (value: number) => value.toFixed(2);
for (const row of rows) {
  console.log(
    `| ${row.shape} | ${row.connections} | ${row.ours.rps.toFixed(0)} | ${row.floor.rps.toFixed(0)} | ${row.ratio.toFixed(2)} | ${ms(row.ours.p50)} / ${ms(row.floor.p50)} | ${(row.ours.p50 / row.floor.p50).toFixed(2)} | ${ms(row.ours.mean)} / ${ms(row.floor.mean)} | ${ms(row.ours.p95)} / ${ms(row.floor.p95)} | ${ms(row.ours.p99)} | ${row.statements} | ${row.ours.errors} |`,
  );
}
console.log(
  `\nserver peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB; ${rounds} round(s) of ${duration} s per run, medians`,
);
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ at: new Date().toISOString(), quick, rounds, duration, peakRssBytes: peakRss, rows }, null, 2)}\n`,
);

const exited = new Promise((resolve) => child.once('exit', resolve));
child.kill('SIGTERM');
cachedChild?.kill('SIGTERM');
// A profiled server writes its profile as it exits: wait for that (it finishes in-flight requests first).
if (args.profile) await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
await floor.close();
await admin.end();
process.exit(0);
