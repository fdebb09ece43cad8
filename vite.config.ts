// Vite builds the web client (web/) into web/dist/: index.html plus assets/ with hashed names.
// `npm run build:web` then writes .br and .gz beside them (scripts/precompress-web.mjs), which
// the server sends as they are.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev:web` next to `npm run start:dev`: the API on :3000 answers the API's paths.
    proxy: Object.fromEntries(
      ['/graphql', '/calendar', '/exports', '/health'].map((prefix) => [
        prefix,
        'http://127.0.0.1:3000',
      ]),
    ),
  },
});
