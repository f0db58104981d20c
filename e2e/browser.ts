/**
 * One place for how this project finds and starts a browser and serves the built page: the
 * Playwright config, the browser benchmark and the screenshot script use it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** DEVELOPERS.md: an env var, else Debian's Chromium, else Playwright's own download. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** No update checks or first-run work: this machine has no network beyond its registries. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchOptions() {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}

/**
 * A port nothing listens on now, for a server of a script's own: other checkouts on the
 * machine run their servers on the usual ports.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port was assigned')),
      );
    });
  });
}

/** `vite preview` of dist/ on a port; resolves once it answers. */
export async function startPreview(
  port: number,
): Promise<{ origin: string; server: ChildProcess }> {
  const origin = `http://127.0.0.1:${port}`;
  // Vite's own entry, not `npx vite`: killing npx would leave the server running.
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 80; attempt++) {
    try {
      if ((await fetch(origin)).ok) return { origin, server };
    } catch (error) {
      // ECONNREFUSED until the server listens.
      if (!(error instanceof TypeError)) throw error;
    }
    await sleep(250);
  }
  server.kill();
  throw new Error(`vite preview did not start on ${origin}`);
}
