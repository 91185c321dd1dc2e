/**
 * `npm run create-admin -- --username NAME --email EMAIL --password PASSWORD [--first-name F] [--last-name L]`
 * Creates an active ADMIN in DATABASE_URL (or the embedded database), after
 * applying pending migrations. The password may come from ADMIN_PASSWORD
 * instead of the command line (keeps it out of shell history).
 */
import { handleHelp } from './help.js';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { AppError } from '../errors.js';
import { createAdminAccount } from '../services/users.js';

handleHelp(`
usage: npm run create-admin -- --username NAME --email EMAIL [--password PASSWORD] [--first-name F] [--last-name L]

Creates an active ADMIN (sign-up's rules) in DATABASE_URL or the embedded
database. The password may come from ADMIN_PASSWORD instead of --password, or,
on a terminal with neither, from a prompt that does not echo: both keep it
out of shell history and npm's echo of the command.
`);

function fail(message: string): never {
  process.stderr.write(`create-admin: ${message}\n`);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        username: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        'first-name': { type: 'string', default: 'Admin' },
        'last-name': { type: 'string', default: 'User' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

const args = readArgs();

const config = loadConfig();
/** Asks on the terminal without echoing what is typed. */
async function promptPassword(): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = prompt as unknown as { _writeToOutput(text: string): void };
  let asked = false;
  output._writeToOutput = (text) => {
    if (!asked) {
      process.stdout.write(text);
      asked = true;
    }
  };
  try {
    return await prompt.question('Password for the new admin: ');
  } finally {
    prompt.close();
    process.stdout.write('\n');
  }
}

if (!args.username || !args.email) {
  fail(
    'usage: npm run create-admin -- --username NAME --email EMAIL [--password PASSWORD] (or ADMIN_PASSWORD=…; npm run create-admin -- --help)',
  );
}
const password = args.password ?? config.ADMIN_PASSWORD ?? (process.stdin.isTTY ? await promptPassword() : undefined);
if (!password) fail('no password: pass --password, set ADMIN_PASSWORD, or run it on a terminal to be asked');

const database = await openDatabase(config, { log: () => undefined });
try {
  const admin = await createAdminAccount(database.prisma, {
    username: args.username,
    email: args.email,
    password,
    firstName: args['first-name'],
    lastName: args['last-name'],
  });
  console.log(`Created admin ${admin.username} <${admin.email}> (id ${admin.id}).`);
} catch (error) {
  if (error instanceof AppError) {
    const field = typeof error.extensions['field'] === 'string' ? ` (${error.extensions['field']})` : '';
    process.stderr.write(`create-admin: ${error.message}${field}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await database.close();
}
