import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The admin console: built into admin/dist, served by the API at /admin (src/http/admin-console.ts). */
export default defineConfig({
  root: 'admin',
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/exports': 'http://127.0.0.1:4000' } },
});
