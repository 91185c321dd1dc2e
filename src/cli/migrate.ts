/**
 * `npm run migrate` applies pending migrations; `npm run migrate:status` lists
 * their state; `npm run migrate:rollback [-- --steps N]` undoes the last N
 * (default 1) with their down.sql.
 */
import { handleHelp } from './help.js';
import { loadConfig } from '../config.js';
import { startEmbeddedDatabase } from '../db/embedded.js';
import { migrate, MigrationError, migrationStatus, rollback } from '../db/migrator.js';

handleHelp(`
usage: npm run migrate            apply pending migrations
       npm run migrate:status     list every migration's state
       npm run migrate:rollback [-- --steps N]
                                  undo the newest N (default 1) with their down.sql

On DATABASE_URL, or the embedded database in DATA_DIR when it is unset.
`);

const config = loadConfig();
const showStatus = process.argv.includes('--status');
const rollingBack = process.argv.includes('--rollback');
const stepsAt = process.argv.indexOf('--steps');
const steps = stepsAt === -1 ? 1 : Number(process.argv[stepsAt + 1]);
const embedded = config.embedded ? await startEmbeddedDatabase(config.DATA_DIR) : null;
const url = embedded?.url ?? config.DATABASE_URL!;

try {
  if (showStatus) {
    const states = await migrationStatus(url);
    for (const state of states) {
      console.log(
        `${state.state.padEnd(8)} ${state.name}${state.appliedAt ? `  (${state.appliedAt.toISOString()})` : ''}`,
      );
    }
    const pending = states.filter((state) => state.state !== 'applied').length;
    console.log(pending === 0 ? 'Database schema is up to date.' : `${pending} migration(s) not applied.`);
    process.exitCode = states.some((state) => state.state === 'changed' || state.state === 'failed') ? 1 : 0;
  } else if (rollingBack) {
    const result = await rollback(url, { steps, log: (line) => console.log(line) });
    console.log(`Rolled back ${result.rolledBack.length} migration(s); npm run migrate applies them again.`);
  } else {
    const result = await migrate(url, { log: (line) => console.log(line) });
    console.log(
      result.applied.length === 0
        ? `No pending migrations (${result.alreadyApplied} applied).`
        : `Applied ${result.applied.length} migration(s).`,
    );
  }
} catch (error) {
  if (error instanceof MigrationError) {
    console.error(`migrate: ${error.message}`);
  } else {
    console.error(`migrate: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
} finally {
  await embedded?.close();
}
