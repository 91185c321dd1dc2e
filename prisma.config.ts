import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI (generate; migrate where its schema engine can run).
// The project's own runner (npm run migrate) applies the same folders.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
