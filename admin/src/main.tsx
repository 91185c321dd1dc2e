import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError, request } from './api';
import { ErrorNotice } from './components';
import { graphql } from './gql';
import { Dashboard } from './pages/dashboard';
import { DataHealth } from './pages/health';
import { Orders } from './pages/orders';
import { Products } from './pages/products';
import { Users } from './pages/users';
import { session } from './session';
import './styles.css';

const LogIn = graphql(`
  mutation AdminLogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      user {
        username
        role
      }
    }
  }
`);

const PAGES = { dashboard: Dashboard, orders: Orders, products: Products, users: Users, health: DataHealth } as const;
const TITLES: Record<keyof typeof PAGES, string> = {
  dashboard: 'Dashboard',
  orders: 'Orders',
  products: 'Products',
  users: 'Users',
  health: 'Data health',
};
type PageName = keyof typeof PAGES;

function pageFromHash(): PageName {
  const name = location.hash.replace('#', '');
  return name in PAGES ? (name as PageName) : 'dashboard';
}

function LogInForm({ onDone }: { onDone: () => void }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      className="login"
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          const { logIn } = await request(LogIn, { input: { login, password } });
          if (logIn.user.role !== 'ADMIN')
            throw new ApiError('This console is for admins only', 'FORBIDDEN', undefined);
          session.save(logIn.token);
          onDone();
        } catch (caught) {
          setError(caught);
        }
      }}
    >
      <h1>Commerce admin</h1>
      <label>
        Email or username
        <input name="login" value={login} onChange={(event) => setLogin(event.target.value)} autoComplete="username" />
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
        />
      </label>
      <button type="submit">Log in</button>
      <ErrorNotice error={error} />
    </form>
  );
}

function App() {
  const [signedIn, setSignedIn] = useState(session.token() !== null);
  const [page, setPage] = useState<PageName>(pageFromHash());
  if (!signedIn) return <LogInForm onDone={() => setSignedIn(true)} />;
  const Page = PAGES[page];
  return (
    <div className="shell">
      <nav>
        <strong>Commerce admin</strong>
        {(Object.keys(PAGES) as PageName[]).map((name) => (
          <a
            key={name}
            href={`#${name}`}
            className={name === page ? 'active' : undefined}
            onClick={() => setPage(name)}
          >
            {TITLES[name]}
          </a>
        ))}
        <button
          type="button"
          className="link"
          onClick={() => {
            session.clear();
            setSignedIn(false);
          }}
        >
          Log out
        </button>
      </nav>
      <main>
        <Page />
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
