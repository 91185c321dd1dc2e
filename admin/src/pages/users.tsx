import { useState } from 'react';
import { request } from '../api';
import { dateTime, ErrorNotice, Panel, useAction, useLoad } from '../components';
import { graphql } from '../gql';
import type { CreateUserInput, Role } from '../gql/graphql';

const UserList = graphql(`
  query AdminUsers($search: String, $after: String) {
    users(first: 25, after: $after, search: $search, filter: { includeDeleted: false }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        email
        role
        isActive
        createdAt
        orderCount
      }
    }
  }
`);

const SetActive = graphql(`
  mutation AdminSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {
    setUsersActive(ids: $ids, isActive: $isActive) {
      count
    }
  }
`);

const SoftDelete = graphql(`
  mutation AdminSoftDeleteUsers($ids: [ID!]!) {
    softDeleteUsers(ids: $ids) {
      count
    }
  }
`);

const Import = graphql(`
  mutation AdminImportUsers($input: ImportUsersInput!) {
    importUsers(input: $input) {
      createdCount
      errors {
        index
        field
        code
        message
      }
    }
  }
`);

const COLUMNS = ['username', 'email', 'password', 'firstName', 'lastName', 'role'] as const;

/** A CSV with a header row naming the columns above (role optional); quoted fields may hold commas. */
export function parseUsersCsv(text: string): CreateUserInput[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const cells = (line: string) =>
    [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
      .slice(0, -1)
      .map((match) => match[1]!.replace(/^"|"$/g, '').replace(/""/g, '"').trim());
  const header = cells(lines[0] ?? '');
  return lines.slice(1).map((line) => {
    const values = cells(line);
    const get = (name: (typeof COLUMNS)[number]) => values[header.indexOf(name)] ?? '';
    return {
      username: get('username'),
      email: get('email'),
      password: get('password'),
      firstName: get('firstName'),
      lastName: get('lastName'),
      ...(get('role') ? { role: get('role') as Role } : {}),
    };
  });
}

function ImportPanel({ onImported }: { onImported: () => void }) {
  const [rows, setRows] = useState<CreateUserInput[]>([]);
  const [result, setResult] = useState<{
    createdCount: number;
    errors: { index: number; field?: string | null; message: string }[];
  } | null>(null);
  const action = useAction();
  const errorsOf = (index: number) => result?.errors.filter((error) => error.index === index) ?? [];
  return (
    <Panel title="Import users from CSV">
      <div className="toolbar">
        <input
          name="csv"
          type="file"
          accept=".csv,text/csv"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            setResult(null);
            setRows(file ? parseUsersCsv(await file.text()) : []);
          }}
        />
        <button
          type="button"
          disabled={rows.length === 0 || action.busy}
          onClick={async () => {
            const done = await action.run(() => request(Import, { input: { users: rows, batchSize: 100 } }));
            if (done) {
              setResult(done.importUsers);
              onImported();
            }
          }}
        >
          Import {rows.length} row(s)
        </button>
        {result ? <span data-testid="import-result">{result.createdCount} created</span> : null}
      </div>
      <ErrorNotice error={action.error} />
      {rows.length > 0 ? (
        <table data-testid="import-rows">
          <thead>
            <tr>
              <th>#</th>
              <th>Username</th>
              <th>Email</th>
              <th>Problems</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a CSV row is known by its position (import errors name it).
              <tr key={index}>
                <td>{index + 1}</td>
                <td>{row.username}</td>
                <td>{row.email}</td>
                <td className={errorsOf(index).length ? 'error' : undefined}>
                  {errorsOf(index)
                    .map((error) => (error.field ? `${error.field}: ${error.message}` : error.message))
                    .join('; ') || (result ? 'created' : '')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Columns: {COLUMNS.join(', ')} (role is optional).</p>
      )}
    </Panel>
  );
}

export function Users() {
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [after, setAfter] = useState<string | null>(null);
  const page = useLoad(() => request(UserList, { search: search.trim() || null, after }), [search, after]);
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  const users = page.data?.users;
  const ids = [...selected];
  const bulk = async (label: string, run: () => Promise<number>) => {
    const count = await action.run(run);
    if (count !== undefined) {
      setDone(`${label}: ${count} user(s)`);
      setSelected(new Set());
      await page.reload();
    }
  };
  return (
    <>
      <Panel title={`Users (${users?.totalCount ?? '…'})`}>
        <div className="toolbar">
          <input
            name="search"
            placeholder="Search username, email, name…"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setAfter(null);
            }}
          />
          <button
            type="button"
            className="secondary"
            disabled={ids.length === 0 || action.busy}
            onClick={() =>
              bulk('Activated', async () => (await request(SetActive, { ids, isActive: true })).setUsersActive.count)
            }
          >
            Activate
          </button>
          <button
            type="button"
            className="secondary"
            disabled={ids.length === 0 || action.busy}
            onClick={() =>
              bulk('Deactivated', async () => (await request(SetActive, { ids, isActive: false })).setUsersActive.count)
            }
          >
            Deactivate
          </button>
          <button
            type="button"
            className="danger"
            disabled={ids.length === 0 || action.busy}
            onClick={() => bulk('Deleted', async () => (await request(SoftDelete, { ids })).softDeleteUsers.count)}
          >
            Delete {ids.length || ''}
          </button>
          {done ? <span data-testid="users-done">{done}</span> : null}
        </div>
        <ErrorNotice error={page.error ?? action.error} />
        <table data-testid="users">
          <thead>
            <tr>
              <th />
              <th>Username</th>
              <th>Email</th>
              <th>Role</th>
              <th>State</th>
              <th className="number">Orders</th>
              <th>Joined</th>
            </tr>
          </thead>
          <tbody>
            {(users?.nodes ?? []).map((user) => (
              <tr key={user.id} data-username={user.username}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`select ${user.username}`}
                    checked={selected.has(user.id)}
                    onChange={(event) => {
                      const next = new Set(selected);
                      if (event.target.checked) next.add(user.id);
                      else next.delete(user.id);
                      setSelected(next);
                    }}
                  />
                </td>
                <td>{user.username}</td>
                <td>{user.email}</td>
                <td>{user.role}</td>
                <td>{user.isActive ? 'active' : <span className="badge">inactive</span>}</td>
                <td className="number">{user.orderCount}</td>
                <td>{dateTime(user.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {users?.pageInfo.hasNextPage ? (
          <button type="button" className="secondary" onClick={() => setAfter(users.pageInfo.endCursor ?? null)}>
            Next page
          </button>
        ) : null}
      </Panel>
      <ImportPanel onImported={() => void page.reload()} />
    </>
  );
}
