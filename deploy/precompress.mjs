// Writes a .gz (and a .br) beside every compressible file of a build, for nginx's gzip_static
// (and brotli_static, where libnginx-mod-http-brotli-static is installed): nginx then sends the
// file as is instead of compressing it again on every request. Originals are kept (clients without
// gzip, and `gzip_static on` needs them). Usage: node deploy/precompress.mjs [dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|svg|txt|webmanifest)$/;
const MIN_BYTES = 512; // as gzip_min_length in deploy/nginx.conf

export function precompress(dir) {
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(entry));
    if (!COMPRESSIBLE.test(path) || !statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    if (bytes.length < MIN_BYTES) continue;
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    files += 1;
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  console.log(`[precompress] ${precompress(dir)} files in ${dir}: .gz and .br written beside them`);
}
