/**
 * Self time per function in V8 CPU profiles (`node --cpu-prof`), the top N, for the thread that
 * ran a benchmark (tsx writes a profile for its loader thread too, which is skipped).
 *
 *   npx tsx bench/profile-summary.ts DIR_OR_FILE... [--top N] [--lines]
 *
 * With --lines, also the hottest source lines (V8's position ticks) with their text. tsx
 * runs code with its white space minified, so for lines profile an esbuild bundle instead:
 *
 *   npx esbuild bench/profile.ts --bundle --platform=node --format=esm --external:jose \
 *     --outfile=.scratch/profile.mjs
 *   node --cpu-prof --cpu-prof-dir=.scratch/prof .scratch/profile.mjs ours "HS256 verify 300B"
 *   npx tsx bench/profile-summary.ts .scratch/prof --lines
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: CallFrame;
    readonly positionTicks?: readonly { readonly line: number; readonly ticks: number }[];
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const allArgs = process.argv.slice(2);
const lines = allArgs.includes('--lines');
const args = allArgs.filter((arg) => arg !== '--lines');
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
const paths = topAt >= 0 ? args.filter((_, i) => i !== topAt && i !== topAt + 1) : args;
if (paths.length === 0) {
  throw new Error('usage: npx tsx bench/profile-summary.ts DIR_OR_FILE... [--top N]');
}
const files = paths.flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.cpuprofile'))
        .map((name) => join(path, name))
    : [path],
);

function frameName({ functionName, url, lineNumber }: CallFrame): string {
  const where = url
    ? `${url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')}:${lineNumber + 1}`
    : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
}

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const isBench = (url: string) => url.includes('/bench/') || url.endsWith('profile.mjs');
  if (!profile.nodes.some((node) => isBench(node.callFrame.url))) continue;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const name = frameName(byId.get(id)!.callFrame);
    const micros = profile.timeDeltas[i] ?? 0;
    self.set(name, (self.get(name) ?? 0) + micros);
    total += micros;
    if (name !== '(idle)') busy += micros;
  });
  console.log(
    `${file}: ${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy`,
  );
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, micros] of rows) {
    const share = ((100 * micros) / total).toFixed(1).padStart(5);
    console.log(`${share}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`);
  }
  if (lines) printLines(profile, top);
}

/** The hottest lines of JavaScript files (not Node's own), with their text. */
function printLines(profile: CpuProfile, count: number): void {
  const ticks = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const { url } = node.callFrame;
    if (!url.startsWith('file://')) continue;
    for (const { line, ticks: n } of node.positionTicks ?? []) {
      const key = `${url}\n${line}`;
      ticks.set(key, (ticks.get(key) ?? 0) + n);
      total += n;
    }
  }
  const sources = new Map<string, string[]>();
  console.log(`hottest lines (share of ${total} line ticks in files)`);
  for (const [key, n] of [...ticks.entries()].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    const [url, line] = key.split('\n') as [string, string];
    if (!sources.has(url)) sources.set(url, readFileSync(new URL(url), 'utf8').split('\n'));
    const text = sources.get(url)![Number(line) - 1]?.trim().slice(0, 100) ?? '';
    const share = ((100 * n) / total).toFixed(1).padStart(5);
    console.log(`${share}%  ${url.replace(/^.*\//, '')}:${line}  ${text}`);
  }
}
