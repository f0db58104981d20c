// The size budget (docs/performance.md): the JavaScript and CSS the built page loads at start
// (the entry script, the modules it preloads, its stylesheets) stay within 110 KB gzip.
// A size is deterministic, unlike a timing, so `npm test` checks it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

const BUDGET = 110_000;
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [
  ...html.matchAll(/<script[^>]+src="\/([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="\/([^"]+)"/g),
].map((match) => match[1]);
if (assets.length === 0) throw new Error(`no script or stylesheet found in ${dist}/index.html`);

let total = 0;
for (const asset of assets) {
  const size = gzipSync(readFileSync(join(dist, asset))).length;
  total += size;
  process.stdout.write(`${String(size).padStart(8)} B  ${asset}\n`);
}
const verdict = total <= BUDGET ? 'within' : 'over';
process.stdout.write(
  `${String(total).padStart(8)} B  loaded at start (gzip), ${verdict} the budget of ${BUDGET} B\n`,
);
if (total > BUDGET) process.exit(1);
