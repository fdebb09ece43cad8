// Vite builds the web client (web/) into web/dist/: index.html plus assets/ with hashed names,
// each asset also as .br and .gz beside it for the server's pre-compressed static files.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/** Writes `<file>.br` and `<file>.gz` next to every text asset of the bundle. */
function precompress(): Plugin {
  return {
    name: 'akatemia-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const directory = options.dir ?? 'web/dist';
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => COMPRESSIBLE.test(file))
          .map(async (file) => {
            const target = path.join(directory, file);
            const content = await readFile(target);
            const [br, gz] = await Promise.all([
              brotli(content, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: 11,
                  [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
              gzipAsync(content, { level: 9 }),
            ]);
            await Promise.all([writeFile(`${target}.br`, br), writeFile(`${target}.gz`, gz)]);
          }),
      );
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
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
