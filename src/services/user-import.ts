import { hashPassword } from '../auth/password.js';
import { AppError, BadUserInputError, ForbiddenError } from '../errors.js';
import type { User } from '../generated/prisma/client.js';
import { recordAudits, type Transaction } from './audit.js';
import { emitEvents } from '../events/outbox.js';
import { insertUser, userCreatedPayload, userRowData } from './users.js';
import { checkNewUser, type NewUser, type NewUserInput } from './user-rules.js';
import type { ServiceContext } from './service-context.js';
import { backoffMs, inTransaction } from './transaction.js';
import { isTransientConflict } from '../lib/db-errors.js';
import { isAdmin } from '../auth/policy.js';

export const MAX_IMPORT_ROWS = 5000;
export const MAX_BATCH_SIZE = 1000;

export interface ImportRowError {
  /** Position in the input list. */
  index: number;
  field: string | null;
  /** INVALID_USERNAME, INVALID_EMAIL, WEAK_PASSWORD, INVALID_NAME, INVALID_BIRTH_DATE, INVALID_PHONE, DUPLICATE_IN_INPUT, ALREADY_EXISTS or ROW_FAILED. */
  code: string;
  message: string;
}

export interface ImportResult {
  users: User[];
  errors: ImportRowError[];
}

interface ReadyRow {
  index: number;
  user: NewUser;
  passwordHash: string;
}

/** Field-level checks and duplicates within the file, without touching the database. */
function checkRows(rows: readonly NewUserInput[]): {
  valid: { index: number; user: NewUser }[];
  errors: ImportRowError[];
} {
  const valid: { index: number; user: NewUser }[] = [];
  const errors: ImportRowError[] = [];
  const firstIndexOf = { username: new Map<string, number>(), email: new Map<string, number>() };
  rows.forEach((row, index) => {
    const checked = checkNewUser(row);
    if (!checked.ok) {
      errors.push({ index, ...checked.issue });
      return;
    }
    for (const field of ['username', 'email'] as const) {
      const key = checked.value[field].toLowerCase();
      const first = firstIndexOf[field].get(key);
      if (first !== undefined) {
        errors.push({ index, field, code: 'DUPLICATE_IN_INPUT', message: `Same ${field} as row ${first}` });
        return;
      }
    }
    firstIndexOf.username.set(checked.value.username.toLowerCase(), index);
    firstIndexOf.email.set(checked.value.email.toLowerCase(), index);
    valid.push({ index, user: checked.value });
  });
  return { valid, errors };
}

/** argon2 is deliberately slow: hash a few rows at a time on the thread pool. */
async function hashRows(rows: { index: number; user: NewUser }[]): Promise<ReadyRow[]> {
  const ready: ReadyRow[] = [];
  const parallel = 4;
  for (let start = 0; start < rows.length; start += parallel) {
    const slice = rows.slice(start, start + parallel);
    const hashes = await Promise.all(slice.map((row) => hashPassword(row.user.password)));
    slice.forEach((row, i) => {
      ready.push({ ...row, passwordHash: hashes[i]! });
    });
  }
  return ready;
}

/** The whole batch in two statements (users, then their audit entries). */
async function insertBatch(tx: Transaction, rows: ReadyRow[], actorId: number): Promise<User[]> {
  const created = await tx.user.createManyAndReturn({
    data: rows.map(({ user, passwordHash }) => userRowData(user, passwordHash)),
  });
  await recordAudits(
    tx,
    created.map((user) => ({
      action: 'CREATE' as const,
      entity: 'User',
      entityId: user.id,
      actorId,
      after: user,
      meta: { import: true },
    })),
  );
  await emitEvents(
    tx,
    'USER_CREATED',
    created.map((user) => userCreatedPayload(user, 'import')),
  );
  // createManyAndReturn returns rows in insertion order, which is input order.
  return created;
}

const ROW_ATTEMPTS = 3;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function rowError(index: number, error: unknown): ImportRowError {
  if (error instanceof AppError && error.code === 'CONFLICT') {
    const field = typeof error.extensions['field'] === 'string' ? error.extensions['field'] : null;
    return { index, field, code: 'ALREADY_EXISTS', message: error.message };
  }
  if (isTransientConflict(error)) {
    return {
      index,
      field: null,
      code: 'ROW_FAILED',
      message: 'The row kept colliding with a concurrent change; import it again',
    };
  }
  return { index, field: null, code: 'ROW_FAILED', message: 'The row could not be inserted' };
}

/**
 * Admin bulk import in ONE transaction. Rows are validated first (field-level
 * errors, duplicates within the input). Each batch runs under a SAVEPOINT; a
 * failing batch is rolled back to it and retried row by row, each row under
 * its own savepoint, so good rows persist and each bad row is reported.
 * Savepoint names are generated here, never taken from input.
 */
export async function importUsers(
  context: ServiceContext,
  rows: readonly NewUserInput[],
  batchSize: number,
): Promise<ImportResult> {
  if (!context.viewer || !isAdmin(context.viewer)) throw new ForbiddenError();
  const actorId = context.viewer.userId;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    throw new BadUserInputError(`batchSize must be between 1 and ${MAX_BATCH_SIZE}`, 'batchSize');
  }
  if (rows.length > MAX_IMPORT_ROWS) throw new BadUserInputError(`At most ${MAX_IMPORT_ROWS} rows per import`, 'users');

  const { valid, errors } = checkRows(rows);
  // Rows go in in one canonical order (by username), so concurrent imports of the same rows take their
  // unique-key locks in the same order and do not deadlock; the answer lists users in input order.
  const ready = (await hashRows(valid)).sort((a, b) =>
    compareText(a.user.username.toLowerCase(), b.user.username.toLowerCase()),
  );
  const inputIndexOf = new Map<number, number>();

  const { created: users, rowErrors } = await inTransaction(
    context.prisma,
    async (tx) => {
      const created: User[] = [];
      const rowErrors: ImportRowError[] = [];
      for (let start = 0, batch = 0; start < ready.length; start += batchSize, batch++) {
        const rowsOfBatch = ready.slice(start, start + batchSize);
        await tx.$executeRawUnsafe(`SAVEPOINT import_batch_${batch}`);
        try {
          const inserted = await insertBatch(tx, rowsOfBatch, actorId);
          inserted.forEach((user, position) => {
            inputIndexOf.set(user.id, rowsOfBatch[position]!.index);
          });
          created.push(...inserted);
          await tx.$executeRawUnsafe(`RELEASE SAVEPOINT import_batch_${batch}`);
          continue;
        } catch {
          await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT import_batch_${batch}`);
        }
        for (const [position, row] of rowsOfBatch.entries()) {
          const savepoint = `import_row_${batch}_${position}`;
          // A row that loses a deadlock against a concurrent import is tried again: once the other
          // transaction commits, the row's true fate (inserted, or ALREADY_EXISTS) is known.
          for (let attempt = 1; ; attempt++) {
            await tx.$executeRawUnsafe(`SAVEPOINT ${savepoint}`);
            try {
              const user = await insertUser(tx, row.user, row.passwordHash, actorId, 'import', { import: true });
              inputIndexOf.set(user.id, row.index);
              created.push(user);
              await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${savepoint}`);
              break;
            } catch (error) {
              await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${savepoint}`);
              if (isTransientConflict(error)) {
                if (attempt < ROW_ATTEMPTS) {
                  await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
                  continue;
                }
                // Locks this transaction already holds are part of the cycle: run the whole import again.
                throw error;
              }
              rowErrors.push(rowError(row.index, error));
              break;
            }
          }
        }
        await tx.$executeRawUnsafe(`RELEASE SAVEPOINT import_batch_${batch}`);
      }
      return { created: created.sort((a, b) => inputIndexOf.get(a.id)! - inputIndexOf.get(b.id)!), rowErrors };
    },
    { maxWait: 10_000, timeout: 10 * 60_000 },
  );
  errors.push(...rowErrors);
  errors.sort((a, b) => a.index - b.index);
  return { users, errors };
}
