import * as jose from 'jose';
import {
  expect,
  keys,
  open,
  pasteToken,
  recordFrames,
  seed,
  test,
  ui,
  type Frame,
} from './support';

/**
 * Random walks through the page by the contract's roles and names, jose in Node as the oracle
 * (issue "One truth on screen"). Each walk is seeded: a failure names its seed and steps.
 * Every frame the page paints is recorded, and every "Signature verified" or "Invalid
 * signature" in it is checked against the token and key on screen in that same frame.
 */

const WALKS = 50;
const STEPS = 10;
const GROUPS = 5;

/** mulberry32: a small seeded generator, so a walk can be replayed from its seed. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const secrets = ['secret', 'wrong', '', 'c2VjcmV0'];
const encodings = ['UTF-8', 'base64url', 'base64', 'hex'];
const publicKeys = [keys.rsa2048.spki, keys.rsa2048b.spki, keys.p256.spki, keys.ed25519.spki, ''];
const algs = ['HS256', 'HS384', 'RS256', 'ES256', 'EdDSA'];
const payloads = ['{"sub":"walker"}', '{"n":1}', '{oops'];

async function tokenPool(): Promise<string[]> {
  const asym = async (alg: string, pkcs8: string) =>
    new jose.SignJWT({ sub: 'alice' })
      .setProtectedHeader({ alg, typ: 'JWT' })
      .sign(await jose.importPKCS8(pkcs8, alg));
  const [h, p, s] = seed.token.split('.') as [string, string, string];
  return [
    seed.token,
    await new jose.SignJWT({ sub: 'b' }).setProtectedHeader({ alg: 'HS384' }).sign(utf8('secret')),
    await new jose.SignJWT({ sub: 'c' }).setProtectedHeader({ alg: 'HS256' }).sign(utf8('wrong')),
    await asym('RS256', keys.rsa2048.pkcs8),
    await asym('ES256', keys.p256.pkcs8),
    await asym('EdDSA', keys.ed25519.pkcs8),
    `${h}.${p.slice(0, 3)}*${p.slice(4)}.${s}`,
  ];
}

/** The key in a frame as jose reads it for `alg`; undefined where there is none it can use. */
async function oracleKey(
  frame: Frame,
  alg: string,
): Promise<Uint8Array | jose.CryptoKey | undefined> {
  if (alg.startsWith('HS')) {
    const secretText = frame.secret ?? '';
    if (secretText === '') return undefined;
    const encoding = frame.encoding;
    if (encoding === 'utf8') return utf8(secretText);
    const alphabet = {
      base64url: /^[A-Za-z0-9_-]*$/,
      base64: /^[A-Za-z0-9+/]*={0,2}$/,
      hex: /^(?:[0-9a-fA-F]{2})*$/,
    }[encoding as 'base64url' | 'base64' | 'hex'];
    if (!alphabet?.test(secretText)) return undefined;
    return Buffer.from(secretText, encoding === 'hex' ? 'hex' : 'base64');
  }
  if (!frame.publicKey) return undefined;
  return jose.importSPKI(frame.publicKey, alg).catch(() => undefined);
}

async function joseVerifies(frame: Frame): Promise<boolean> {
  const token = frame.token.trim();
  let alg: string;
  try {
    alg = jose.decodeProtectedHeader(token).alg ?? '';
  } catch (error) {
    // Not a JWS jose can read: it verifies nothing.
    if (error instanceof Error) return false;
    throw error;
  }
  const key = await oracleKey(frame, alg);
  if (!key) return false;
  return jose.compactVerify(token, key).then(
    () => true,
    () => false,
  );
}

/** Waits until the page has the verdict for what is on screen. */
async function settled(page: import('@playwright/test').Page) {
  await expect(ui(page).status).not.toContainText('Checking', { timeout: 10_000 });
}

for (let group = 0; group < GROUPS; group++) {
  test(`random walks ${group * (WALKS / GROUPS)}-${(group + 1) * (WALKS / GROUPS) - 1}: every verdict painted is jose's for the inputs beside it`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const tokens = await tokenPool();
    for (let walk = group * (WALKS / GROUPS); walk < (group + 1) * (WALKS / GROUPS); walk++) {
      const next = random(0x5eed + walk);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
      await open(page);
      const recording = await recordFrames(page);
      const steps: string[] = [];
      for (let step = 0; step < STEPS; step++) {
        const kind = pick([
          'token',
          'secret',
          'encoding',
          'publicKey',
          'alg',
          'generate',
          'payload',
        ]);
        steps.push(kind);
        const hmac = (await ui(page).secret.count()) > 0;
        if (kind === 'token') await pasteToken(page, pick(tokens));
        else if (kind === 'secret' && hmac) await ui(page).secret.fill(pick(secrets));
        else if (kind === 'encoding' && hmac)
          await ui(page).secretEncoding.selectOption({ label: pick(encodings) });
        else if (kind === 'publicKey' && !hmac && (await ui(page).publicKey.count()) > 0)
          await ui(page).publicKey.fill(pick(publicKeys));
        else if (kind === 'alg') await ui(page).algorithm.selectOption(pick(algs));
        else if (
          kind === 'generate' &&
          (await page.getByRole('button', { name: 'Generate key' }).count()) > 0
        ) {
          await page.getByRole('button', { name: 'Generate key' }).click();
          await expect(page.getByRole('button', { name: 'Generate key' })).toBeEnabled();
        } else if (kind === 'payload') await ui(page).payload.fill(pick(payloads));
        await settled(page);
        // Settled: "Signature verified" exactly when jose verifies what is on screen, unless the
        // panes could not make a token (then neither phrase: ui-contract.md).
        const now = await recording.snapshot();
        const label = `walk ${walk} (seed ${0x5eed + walk}), steps ${steps.join(' ')}`;
        const verified = now.status.includes('Signature verified');
        if (now.status.includes('Not signed')) expect(verified, label).toBe(false);
        else expect(verified, label).toBe(await joseVerifies(now));
      }
      // Every frame painted during the walk: a verdict phrase only beside inputs it is true of.
      for (const frame of await recording.frames()) {
        const label = `walk ${walk}: painted "${frame.status}" for ${frame.token.slice(0, 40)}…`;
        if (frame.status.includes('Signature verified'))
          expect(await joseVerifies(frame), label).toBe(true);
        if (frame.status.includes('Invalid signature'))
          expect(await joseVerifies(frame), label).toBe(false);
      }
    }
  });
}
