/**
 * A model-based test of the page's state (style.md, "State that cannot lie"): random sequences
 * of what a user does, with the async results arriving in random order, run against the real
 * reducer, job runner and derive, SD-JWT issuing from the panes among them. jose is the oracle: after every step, "Signature verified"
 * is on screen only for a token jose verifies with the key on screen; once settled, exactly
 * then (unless the panes lead and could not make a token, which the contract says to show).
 */
import { createPublicKey } from 'node:crypto';
import fc from 'fast-check';
import * as jose from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../__fixtures__';
import keysJson from '../__fixtures__/keys.json';
import { encodeUtf8Base64url } from '../encoding/base64url';
import type { KeyInputs } from '../debug/key-inputs';
import type { SecretEncoding } from '../keys/secret';
import { readToken, type Token } from '../token/read';
import { derive } from './derive';
import { initialInputs, reduce, type Action, type Inputs } from './inputs';
import {
  resultFor,
  runJob,
  sameJob,
  withResult,
  type Job,
  type Outcome,
  type Result,
} from './jobs';
import type { ViewModel } from './model';
import { issueOfInputs } from './kinds/sd-jwt-issue';
import { plan } from './plan';

const NOW = 1_750_000_000;
const { keys } = keysJson;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Tokens a user pastes: well-formed ones signed by jose, and broken ones. */
const tokens: string[] = [];
const secrets = ['secret', 'wrong', '', 'c2VjcmV0', '736563726574'];
const encodings: SecretEncoding[] = ['utf8', 'base64url', 'base64', 'hex'];
const publicKeys = [
  keys.rsa2048.spki,
  keys.rsa2048b.spki,
  keys.p256.spki,
  keys.ed25519.spki,
  JSON.stringify({
    keys: [
      { ...keys.p256.publicJwk, kid: 'p' },
      { ...keys.rsa2048.publicJwk, kid: 'k1' },
    ],
  }),
  JSON.stringify(keys.p256.publicJwk),
  'not a key',
  '',
];
const privateKeys = [keys.rsa2048.pkcs8, keys.p256.pkcs8, keys.ed25519.pkcs8, ''];
const algs = ['HS256', 'HS384', 'RS256', 'PS256', 'ES256', 'EdDSA', 'none'];
const headers = [
  '{"alg":"HS256","typ":"JWT"}',
  '{"alg":"RS256","kid":"k1"}',
  '{"alg":',
  '{"alg":"XX"}',
];
const payloads = ['{"some":"payload"}', '{"sub":"x","n":12345678901234567890}', '{bad', '"text"'];
/** What Generate key puts in the boxes, per alg family: keys made once, not per run. */
const generated: Record<string, Partial<KeyInputs>> = {
  hmac: { secret: 'Z2VuZXJhdGVkLXNlY3JldC1vZi0zMi1ieXRlcy1sb25n', secretEncoding: 'base64url' },
  RSA: { privateKey: keys.rsa2048b.pkcs8, publicKey: keys.rsa2048b.spki },
  EC: { privateKey: keys.p256b.pkcs8, publicKey: keys.p256b.spki },
  OKP: { privateKey: keys.ed25519b.pkcs8, publicKey: keys.ed25519b.spki },
};

beforeAll(async () => {
  const hs = (alg: string, key: Uint8Array, payload: object, extra: object = {}) =>
    new jose.CompactSign(utf8(JSON.stringify(payload)))
      .setProtectedHeader({ alg, ...extra })
      .sign(key);
  const asym = async (alg: string, pkcs8: string, extra: object = {}) =>
    new jose.CompactSign(utf8('{"sub":"alice"}'))
      .setProtectedHeader({ alg, typ: 'JWT', ...extra })
      .sign(await jose.importPKCS8(pkcs8, alg));
  const [h, p, s] = seed.token.split('.') as [string, string, string];
  tokens.push(
    seed.token,
    await hs('HS384', utf8('secret'), { sub: 'a' }),
    await hs('HS256', utf8('wrong'), { sub: 'b' }, { typ: 'JWT' }),
    await asym('RS256', keys.rsa2048.pkcs8, { kid: 'k1' }),
    await asym('PS256', keys.rsa2048.pkcs8),
    await asym('ES256', keys.p256.pkcs8, { kid: 'p' }),
    await asym('EdDSA', keys.ed25519.pkcs8),
    `Bearer ${seed.token}`,
    `${seed.token.slice(0, 20)}\n${seed.token.slice(20)}`,
    `${h}.${p.slice(0, 4)}*${p.slice(5)}.${s}`,
    `${encodeUtf8Base64url('{"alg":"none"}')}.${p}.`,
    `${h}.${p}`,
    await macOver('#not?base64url'),
    `${encodeUtf8Base64url('{"alg":"dir","enc":"A256GCM"}')}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`,
    '',
  );
});

/** A token whose MAC is over `header.payloadText` as written, base64url or not. */
async function macOver(payloadText: string): Promise<string> {
  const header = seed.token.split('.')[0]!;
  const key = await crypto.subtle.importKey(
    'raw',
    utf8('secret'),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, utf8(`${header}.${payloadText}`));
  return `${header}.${payloadText}.${Buffer.from(mac).toString('base64url')}`;
}

/** The key text on screen as jose reads it, for the shown token's alg; undefined: no key. */
async function oracleKey(
  view: ViewModel,
  inputs: Inputs,
  alg: string,
): Promise<jose.CryptoKey | Uint8Array | jose.JWTVerifyGetKey | undefined> {
  if (alg.startsWith('HS')) {
    const { secret, secretEncoding } = inputs.keys;
    if (secret === '') return undefined;
    if (secretEncoding === 'utf8') return utf8(secret);
    const alphabet = {
      base64url: /^[A-Za-z0-9_-]*$/,
      base64: /^[A-Za-z0-9+/]*={0,2}$/,
      hex: /^(?:[0-9a-fA-F]{2})*$/,
    }[secretEncoding];
    if (!alphabet.test(secret)) return undefined;
    return Buffer.from(secret, secretEncoding === 'hex' ? 'hex' : 'base64');
  }
  const text = view.keys.publicKey;
  if (text.trim() === '') return undefined;
  try {
    if (text.startsWith('{')) {
      const json = JSON.parse(text) as { keys?: jose.JWK[] } & jose.JWK;
      if (json.keys) return jose.createLocalJWKSet({ keys: json.keys });
      return (await jose.importJWK(json, alg)) as jose.CryptoKey;
    }
    if (text.includes('PRIVATE KEY')) {
      const spki = createPublicKey(text).export({ type: 'spki', format: 'pem' }).toString();
      return await jose.importSPKI(spki, alg);
    }
    return await jose.importSPKI(text, alg);
  } catch (error) {
    // jose cannot use this key for this alg: it verifies nothing with it.
    if (error instanceof Error) return undefined;
    throw error;
  }
}

/** The compact JWS whose signature `Signature status` judges: an SD-JWT's is its issuer's. */
const signedPart = (text: string) => text.split('~')[0]!;

async function joseVerifies(view: ViewModel, inputs: Inputs): Promise<boolean> {
  if (view.token.kind !== 'jws' && view.token.kind !== 'sd-jwt') return false;
  const parsed = view.token.jws;
  if (parsed.alg === undefined) return false;
  const key = await oracleKey(view, inputs, parsed.alg);
  if (!key) return false;
  try {
    await jose.compactVerify(signedPart(view.token.cleaned.text), key as Uint8Array);
    return true;
  } catch (error) {
    if (error instanceof Error) return false;
    throw error;
  }
}

/** Three parts of strict base64url, the first a JSON object with an alg (RFC 7515 §7.1). */
function wellFormed(text: string): boolean {
  const parts = signedPart(text).split('.');
  if (parts.length !== 3) return false;
  if (!parts.every((part) => /^[A-Za-z0-9_-]*$/.test(part) && part.length % 4 !== 1)) return false;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as unknown;
    return typeof header === 'object' && header !== null && 'alg' in header;
  } catch (error) {
    if (error instanceof SyntaxError) return false;
    throw error;
  }
}

/**
 * The pane texts are the shown token's decoded header and payload, as typed or compacted, and
 * they choose no disclosures: panes that do ask for an SD-JWT, which a JWS of the same claims
 * is not (plan.ts).
 */
function panesSayToken(inputs: Inputs, shown: ViewModel): boolean {
  if (shown.token.kind !== 'jws' || issueOfInputs(inputs) !== undefined) return false;
  const same = (typed: string, decoded: string | undefined) => {
    if (decoded === undefined) return false;
    if (typed === decoded) return true;
    try {
      return JSON.stringify(JSON.parse(typed)) === decoded;
    } catch (error) {
      if (error instanceof SyntaxError) return false;
      throw error;
    }
  };
  const { header, payload } = shown.token.jws;
  return same(inputs.header, header?.text) && same(inputs.payload, payload?.text);
}

/** The page's state in the test: the inputs, the results, and the jobs still running. */
interface Page {
  inputs: Inputs;
  results: readonly Result[];
  /** Jobs started and not yet answered, in the order started. */
  running: Job[];
}

/** Outcomes of real jobs, computed once per job: the runs share them, as a cache would. */
const computed: { job: Job; outcome: Promise<Outcome> }[] = [];
function outcomeOf(job: Job): Promise<Outcome> {
  const known = computed.find((entry) => sameJob(entry.job, job));
  if (known) return known.outcome;
  const outcome = runJob(job);
  computed.push({ job, outcome });
  return outcome;
}

const tokenCache = new Map<string, Token>();
function read(text: string): Token {
  let token = tokenCache.get(text);
  if (!token) {
    token = readToken(text);
    tokenCache.set(text, token);
  }
  return token;
}

function view(page: Page): ViewModel {
  const { inputs } = page;
  return derive(inputs, read(inputs.token), read(inputs.pasted), page.results, { now: NOW });
}

/** Starts the jobs the inputs need that are neither answered nor running (as the runner does). */
function startJobs(page: Page): void {
  const { jobs } = plan(page.inputs, read(page.inputs.token), page.results);
  for (const job of jobs) {
    if (resultFor(page.results, job) || page.running.some((started) => sameJob(started, job)))
      continue;
    page.running.push(job);
  }
}

/** One running job answers: its result is kept, and a made token lands (as the runner does). */
async function answer(page: Page, index: number): Promise<void> {
  const [job] = page.running.splice(index % page.running.length, 1);
  if (!job) return;
  const outcome = await outcomeOf(job);
  page.results = withResult(page.results, { job, outcome });
  if (job.kind === 'encode' && outcome.kind === 'encode' && outcome.encoding.ok) {
    const { header, payload, keys: jobKeys, nested, issue } = job;
    page.inputs = reduce(page.inputs, {
      type: 'made',
      header,
      payload,
      keys: jobKeys,
      ...(nested !== undefined ? { nested } : {}),
      ...(issue ? { issue } : {}),
      token: outcome.encoding.token,
    });
  }
  startJobs(page);
}

async function settle(page: Page): Promise<void> {
  for (let round = 0; page.running.length > 0 && round < 20; round++) await answer(page, 0);
  expect(page.running).toEqual([]);
}

/** What holds after every step, settled or not. */
async function checkAlways(page: Page): Promise<void> {
  const shown = view(page);
  if (shown.verdict.state === 'checked' && shown.verdict.verdict.status === 'verified') {
    expect(await joseVerifies(shown, page.inputs), 'verified only what jose verifies').toBe(true);
  }
  if (shown.verdict.state === 'checked' && shown.verdict.verdict.status === 'invalid') {
    // A well-formed token, and a key given for it.
    expect(wellFormed(shown.token.cleaned.text), 'invalid only for a well-formed token').toBe(true);
    const { reports } = shown.keys;
    expect(Object.values(reports ?? {}).some((report) => report?.ok)).toBe(true);
  }
  if (page.inputs.leading === 'token') {
    const token = read(page.inputs.token);
    const decoded = token.kind === 'jws' || token.kind === 'sd-jwt' ? token.jws.payload : undefined;
    // Laid out two spaces deep, or as it is where it is not JSON.
    const payload = decoded?.pretty ?? decoded?.text ?? '';
    expect(shown.payload.text, 'the payload pane is the shown token’s').toBe(payload);
    expect(shown.tokenText).toBe(page.inputs.token);
  }
}

/** What holds once every result has arrived. */
async function checkSettled(page: Page): Promise<void> {
  const shown = view(page);
  expect(shown.verdict.state).not.toBe('pending');
  const verified = shown.verdict.state === 'checked' && shown.verdict.verdict.status === 'verified';
  // The panes lead and could not make a token: neither phrase (ui-contract.md), unless they
  // still say exactly what the shown token says, which makes it theirs.
  const notTheirs = shown.verdict.state === 'not-made' && !panesSayToken(page.inputs, shown);
  const expected = !notTheirs && (await joseVerifies(shown, page.inputs));
  expect(verified, `verified iff jose verifies ${shown.tokenText}`).toBe(expected);
}

type Command = fc.AsyncCommand<{ steps: number }, Page>;

function act(name: string, action: (page: Page) => Action): Command {
  return {
    check: () => true,
    async run(_model, page) {
      page.inputs = reduce(page.inputs, action(page));
      startJobs(page);
      await checkAlways(page);
      // Once settled: a copy gets every result; the page goes on with its jobs still out.
      const copy: Page = { ...page, running: [...page.running] };
      await settle(copy);
      await checkSettled(copy);
    },
    toString: () => name,
  };
}

const commands = [
  fc
    .nat(99)
    .map((i) =>
      act(`paste token ${i % 15}`, () => ({ type: 'token', text: tokens[i % tokens.length]! })),
    ),
  fc
    .constantFrom(...secrets)
    .map((secret) => act(`secret ${secret}`, () => ({ type: 'keys', patch: { secret } }))),
  fc
    .constantFrom(...encodings)
    .map((encoding) =>
      act(`encoding ${encoding}`, () => ({ type: 'keys', patch: { secretEncoding: encoding } })),
    ),
  fc
    .nat(publicKeys.length - 1)
    .map((i) =>
      act(`public key ${i}`, () => ({ type: 'keys', patch: { publicKey: publicKeys[i]! } })),
    ),
  fc
    .nat(privateKeys.length - 1)
    .map((i) =>
      act(`private key ${i}`, () => ({ type: 'keys', patch: { privateKey: privateKeys[i]! } })),
    ),
  fc.constantFrom(...algs).map((alg) =>
    act(`alg ${alg}`, (page) => ({
      type: 'header',
      text: switchAlg(view(page).header.text, alg),
    })),
  ),
  fc
    .constantFrom(...algs)
    .map((alg) => act(`generate ${alg}`, () => ({ type: 'keys', patch: generatedFor(alg) }))),
  fc
    .constantFrom(...headers)
    .map((text) => act(`header ${text}`, () => ({ type: 'header', text }))),
  fc
    .constantFrom(...payloads)
    .map((text) => act(`payload ${text}`, () => ({ type: 'payload', text }))),
  // SD-JWT issuing from the panes: a claim made disclosable or not, decoys, the digest alg.
  fc
    .record({ name: fc.constantFrom('sub', 'n', 'some'), disclosable: fc.boolean() })
    .map(({ name, disclosable }) =>
      act(`${disclosable ? '' : 'not '}disclosable ${name}`, () => ({
        type: 'issue',
        change: { path: [name], disclosable },
      })),
    ),
  fc.nat(2).map((decoys) => act(`decoys ${decoys}`, () => ({ type: 'issue', change: { decoys } }))),
  fc
    .constantFrom('sha-256', 'sha-512')
    .map((sdAlg) => act(`digests ${sdAlg}`, () => ({ type: 'issue', change: { sdAlg } }))),
  fc.nat(5).map((index): Command => ({
    check: () => true,
    async run(_model, page) {
      await answer(page, index);
      await checkAlways(page);
    },
    toString: () => `answer ${index}`,
  })),
];

/** As the Algorithm select does it (ui/lib/header.ts), kept here to stay out of the UI. */
function switchAlg(header: string, alg: string): string {
  try {
    const value = JSON.parse(header) as Record<string, unknown>;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return JSON.stringify({ ...value, alg });
    }
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  return JSON.stringify({ alg, typ: 'JWT' });
}

function generatedFor(alg: string): Partial<KeyInputs> {
  if (alg.startsWith('HS')) return generated.hmac!;
  if (alg.startsWith('RS') || alg.startsWith('PS')) return generated.RSA!;
  if (alg.startsWith('ES')) return generated.EC!;
  if (alg === 'EdDSA') return generated.OKP!;
  return {};
}

describe('the view model against jose (model-based)', () => {
  it('after every step verified only what jose verifies; once settled, exactly that', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (sequence) => {
        const page: Page = { inputs: initialInputs(''), results: [], running: [] };
        await fc.asyncModelRun(() => ({ model: { steps: 0 }, real: page }), sequence);
        await settle(page);
        await checkSettled(page);
      }),
      { numRuns: Number(process.env.MODEL_RUNS ?? 10_000) },
    );
  }, 600_000);
});
