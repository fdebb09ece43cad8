// `node scripts/precompress-web.mjs [dir]` (default web/dist): writes `<file>.br` and
// `<file>.gz` beside each text file of the built web client, once at build time at the
// highest settings, so the server (@fastify/static with preCompressed) sends them without
// compressing per request. Files under 1 KB and ones that do not shrink are left alone.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.map',
  '.webmanifest',
]);
const MIN_BYTES = 1024;

function* files(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.has(path.extname(entry.name))) yield full;
  }
}

const root = path.resolve(process.argv[2] ?? 'web/dist');
let written = 0;
for (const file of files(root)) {
  if (statSync(file).size < MIN_BYTES) continue;
  const data = readFileSync(file);
  const variants = {
    br: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz: gzipSync(data, { level: 9 }),
  };
  for (const [extension, compressed] of Object.entries(variants)) {
    if (compressed.length >= data.length) continue;
    writeFileSync(`${file}.${extension}`, compressed);
    written += 1;
  }
}
process.stdout.write(`precompress-web: ${written} compressed files in ${root}\n`);
