/**
 * Issuing from the panes, through the state (inputs → jobs → derive): the SD-JWT made is the
 * one @sd-jwt/core 0.19.0 verifies, with the chosen claims disclosed, and what the page shows
 * of it is for exactly the choice on screen.
 */
import { SDJwtInstance } from '@sd-jwt/core';
import { digest, ES256 } from '@sd-jwt/crypto-nodejs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import keysJson from '../__fixtures__/keys.json';
import { readToken } from '../token/read';
import { derive } from './derive';
import { initialInputs, reduce, type Action, type Inputs } from './inputs';
import { resultFor, runJob, withResult, type Job, type Outcome, type Result } from './jobs';
import { withheldAfter } from './kinds/sd-jwt';
import { pathKey, type IssueChange } from './kinds/sd-jwt-issue';
import type { ViewModel } from './model';
import { plan } from './plan';

const { p256, p256b } = keysJson.keys;
const env = { now: 1_750_000_000 };
const CLAIMS = { sub: 'user-42', given_name: 'Erika', family_name: 'Mustermann' };

/** The page in a test: inputs, results, and a runner that answers every job it needs. */
class Page {
  inputs: Inputs = initialInputs('');
  results: readonly Result[] = [];

  act(action: Action): this {
    this.inputs = reduce(this.inputs, action);
    return this;
  }

  issue(change: IssueChange): this {
    return this.act({ type: 'issue', change });
  }

  get view(): ViewModel {
    const { inputs } = this;
    return derive(inputs, readToken(inputs.token), readToken(inputs.pasted), this.results, env);
  }

  /** The jobs the inputs need whose results have not arrived. */
  missing(): Job[] {
    const { jobs } = plan(this.inputs, readToken(this.inputs.token), this.results);
    return jobs.filter((job) => !resultFor(this.results, job));
  }

  /** A result arrives, as useDebugger takes it: kept by its job, a made token handed back. */
  deliver(job: Job, outcome: Outcome): void {
    this.results = withResult(this.results, { job, outcome });
    if (job.kind === 'encode' && outcome.kind === 'encode' && outcome.encoding.ok) {
      const { header, payload, keys, issue } = job;
      const token = outcome.encoding.token;
      this.act({ type: 'made', header, payload, keys, ...(issue ? { issue } : {}), token });
    }
  }

  async settle(): Promise<ViewModel> {
    for (let round = 0; round < 5; round++) {
      const missing = this.missing();
      if (missing.length === 0) break;
      for (const job of missing) this.deliver(job, await runJob(job));
    }
    return this.view;
  }
}

/** The panes lead with an ES256 header (typ `typ`), `claims` and the issuer's private key. */
function panes(claims: object = CLAIMS, typ = 'JWT'): Page {
  return new Page()
    .act({ type: 'header', text: JSON.stringify({ alg: 'ES256', typ }) })
    .act({ type: 'payload', text: JSON.stringify(claims, null, 2) })
    .act({ type: 'keys', patch: { privateKey: p256.pkcs8 } });
}

async function oracle() {
  return new SDJwtInstance<Record<string, unknown>>({
    verifier: await ES256.getVerifier(p256.publicJwk),
    kbVerifier: await ES256.getVerifier(p256b.publicJwk),
    hasher: digest,
    hashAlg: 'sha-256',
  });
}

const status = (view: ViewModel) =>
  view.verdict.state === 'checked' ? view.verdict.verdict.status : view.verdict.state;

describe('issuing an SD-JWT from the panes', () => {
  it('RFC 9901 §4.2: two chosen claims are disclosures, verified by @sd-jwt/core; the Payload pane keeps them plain', async () => {
    const page = panes()
      .issue({ path: ['given_name'], disclosable: true })
      .issue({ path: ['family_name'], disclosable: true });
    const view = await page.settle();
    expect(view.token.kind).toBe('sd-jwt');
    expect(status(view)).toBe('verified');
    expect(view.payload.text).toBe(JSON.stringify(CLAIMS, null, 2));
    const signed = JSON.parse(
      view.issue?.signedPayload?.state === 'made' ? view.issue.signedPayload.text : 'null',
    ) as Record<string, unknown>;
    expect(Object.keys(signed)).toEqual(['_sd', 'sub']);
    expect(signed._sd).toHaveLength(2);
    expect(signed).not.toHaveProperty('_sd_alg');
    const { payload } = await (await oracle()).verify(view.tokenText);
    expect(payload).toEqual(CLAIMS);
    // Each disclosure's salt: 16 random bytes, base64url (RFC 9901 §4.2.1).
    const rows = view.kind?.kind === 'sd-jwt' ? view.kind.disclosures : undefined;
    expect(rows?.map((row) => row.name)).toEqual(['given_name', 'family_name']);
    for (const row of rows ?? []) expect(row.salt).toMatch(/^[\w-]{22}$/);
    expect(new Set(rows?.map((row) => row.salt)).size).toBe(2);
  });

  it('decoys and sha-384: _sd_alg written, one digest per decoy more, still verified by @sd-jwt/core', async () => {
    const page = panes()
      .issue({ path: ['sub'], disclosable: true })
      .issue({ decoys: 4 })
      .issue({ sdAlg: 'sha-384' });
    const view = await page.settle();
    const signed = view.issue?.signedPayload;
    expect(signed?.state).toBe('made');
    const json = JSON.parse(signed?.state === 'made' ? signed.text : '{}') as {
      _sd: string[];
      _sd_alg: string;
    };
    expect(json._sd).toHaveLength(5);
    expect(json._sd_alg).toBe('sha-384');
    expect(view.kind?.kind === 'sd-jwt' && view.kind.decoys).toBe(4);
    const { payload } = await (await oracle()).verify(view.tokenText);
    expect(payload).toEqual(CLAIMS);
  });

  it('a changed choice is pending until its own SD-JWT is made: the Signed payload of the last one is never shown for it', async () => {
    const page = panes().issue({ path: ['given_name'], disclosable: true });
    const first = await page.settle();
    const firstText = first.issue?.signedPayload;
    page.issue({ path: ['family_name'], disclosable: true });
    expect(page.view.issue?.signedPayload).toEqual({ state: 'pending' });
    expect(page.view.verdict.state).toBe('pending');
    const second = await page.settle();
    expect(second.issue?.signedPayload).not.toEqual(firstText);
    expect((await (await oracle()).verify(second.tokenText)).payload).toEqual(CLAIMS);
    // Unchecked again: the first choice's result is still kept, and found at once.
    page.issue({ path: ['family_name'], disclosable: false });
    expect(page.view.issue?.signedPayload).toEqual(firstText);
  });

  it('no claim chosen, or only one the payload no longer has: a plain JWS, no Signed payload', async () => {
    const page = panes().issue({ path: ['email'], disclosable: true });
    const view = await page.settle();
    expect(view.token.kind).toBe('jws');
    expect(status(view)).toBe('verified');
    expect(view.issue?.issuing).toBe(false);
    expect(view.issue?.signedPayload).toBeUndefined();
    expect(view.issue?.claims.map((claim) => claim.label)).toEqual(Object.keys(CLAIMS));
  });

  it('SD-JWT VC §3.2.2.2: exp is offered as refused; chosen anyway it is refused in the alert and no SD-JWT is made', async () => {
    const vc = { vct: 'urn:example:pid', exp: 1_900_000_000, ...CLAIMS };
    const page = panes(vc, 'dc+sd-jwt');
    const offered = (await page.settle()).issue;
    expect(offered?.vc).toBe(true);
    expect(
      offered?.claims.filter((claim) => claim.vcForbidden).map((claim) => claim.label),
    ).toEqual(['vct', 'exp']);
    page.issue({ path: ['exp'], disclosable: true }).issue({ path: ['sub'], disclosable: true });
    const view = await page.settle();
    expect(view.verdict.state).toBe('not-made');
    expect(view.issue?.signedPayload).toBeUndefined();
    expect(view.problems).toContainEqual({
      source: 'sd-jwt',
      finding: expect.objectContaining({
        code: 'ISSUE_VC_NOT_DISCLOSABLE',
        detail: { claim: 'exp' },
      }) as unknown,
    });
  });

  it('not while the token leads, nor for a JWE header', async () => {
    const page = panes().issue({ path: ['sub'], disclosable: true });
    const made = await page.settle();
    page.act({ type: 'token', text: made.tokenText });
    expect(page.view.issue).toBeUndefined();
    page.act({ type: 'header', text: '{"alg":"dir","enc":"A128GCM"}' });
    expect(page.view.issue).toBeUndefined();
  });

  it('RFC 9901 §4.2.6: members and array elements, one inside another, verified by @sd-jwt/core; leaving the outer out takes the inner along', async () => {
    const claims = {
      sub: 'user-42',
      address: { street_address: 'Heidestraße 17', country: 'DE' },
      nationalities: ['DE', 'FR'],
    };
    const page = panes(claims)
      .issue({ path: ['address'], disclosable: true })
      .issue({ path: ['address', 'country'], disclosable: true })
      .issue({ path: ['nationalities', 1], disclosable: true });
    const view = await page.settle();
    expect(status(view)).toBe('verified');
    expect(view.issue?.claims.map((claim) => claim.label)).toContain('nationalities[1]');
    const signed = view.issue?.signedPayload;
    const json = JSON.parse(signed?.state === 'made' ? signed.text : '{}') as {
      nationalities: unknown[];
    };
    expect(json.nationalities[0]).toBe('DE');
    expect(json.nationalities[1]).toEqual({ '...': expect.any(String) });
    expect((await (await oracle()).verify(view.tokenText)).payload).toEqual(claims);
    const rows = view.kind?.kind === 'sd-jwt' ? view.kind.disclosures! : [];
    expect(rows).toHaveLength(3);
    const address = rows.find((row) => row.name === 'address')!;
    // As the page does when `Include address` is unchecked.
    page.act({ type: 'present', withheld: withheldAfter(rows, address.index, false) });
    const presented = await page.settle();
    expect(presented.tokenText.split('~')).toHaveLength(3);
    expect((await (await oracle()).verify(presented.tokenText)).payload).toEqual({
      sub: 'user-42',
      nationalities: ['DE', 'FR'],
    });
  });

  it('RFC 9901 §7.2: the issued SD-JWT presented without a disclosure verifies in @sd-jwt/core with only the other', async () => {
    const page = panes()
      .issue({ path: ['given_name'], disclosable: true })
      .issue({ path: ['family_name'], disclosable: true });
    const view = await page.settle();
    const rows = view.kind?.kind === 'sd-jwt' ? view.kind.disclosures! : [];
    const family = rows.find((row) => row.name === 'family_name')!;
    page.act({ type: 'present', withheld: [family.index] });
    const presented = await page.settle();
    expect(presented.leading).toBe('token');
    expect(status(presented)).toBe('verified');
    const { payload } = await (await oracle()).verify(presented.tokenText);
    expect(payload).toEqual({ sub: 'user-42', given_name: 'Erika' });
  });
});

/** The claim names of the disclosures in an SD-JWT's text. */
function disclosureNames(token: string): string[] {
  const [, ...rest] = token.split('~');
  return rest
    .filter((part) => part !== '' && !part.includes('.'))
    .map((part) => (JSON.parse(Buffer.from(part, 'base64url').toString()) as string[])[1]!);
}

/** What the page shows of issuing is for the choice on screen, or pending. */
function checkShown(page: Page): void {
  const { view, inputs } = page;
  const chosen = Object.keys(CLAIMS).filter((name) =>
    inputs.issue?.disclosable.includes(pathKey([name])),
  );
  const signed = view.issue?.signedPayload;
  if (signed?.state === 'made') {
    expect(disclosureNames(view.tokenText).sort()).toEqual([...chosen].sort());
    const json = JSON.parse(signed.text) as { _sd: string[] };
    expect(json._sd).toHaveLength(chosen.length + (inputs.issue?.decoys ?? 0));
  }
  if (view.verdict.state === 'checked') {
    // A verdict is for the token the current choice made: its disclosures are the chosen ones.
    expect(disclosureNames(view.tokenText).sort()).toEqual([...chosen].sort());
    if (chosen.length > 0) expect(signed?.state).toBe('made');
  }
}

const NAMES = Object.keys(CLAIMS);
const command = fc.oneof(
  fc.record({ kind: fc.constant('toggle' as const), claim: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant('decoys' as const), count: fc.integer({ min: 0, max: 3 }) }),
  /** The jobs the inputs need now start; their results are held back. */
  fc.record({ kind: fc.constant('start' as const) }),
  /** One held-back result arrives, whichever inputs it was for. */
  fc.record({ kind: fc.constant('arrive' as const), pick: fc.nat() }),
);

describe('issuing: one truth on screen', () => {
  it('property: whatever order the choice changes and results arrive in, the Signed payload, the token and its verdict are for the choice on screen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 10 }), async (commands) => {
        const page = panes();
        const held: { job: Job; outcome: Outcome }[] = [];
        for (const step of commands) {
          if (step.kind === 'toggle') {
            const on = page.inputs.issue?.disclosable.includes(pathKey([step.claim])) ?? false;
            page.issue({ path: [step.claim], disclosable: !on });
          } else if (step.kind === 'decoys') page.issue({ decoys: step.count });
          else if (step.kind === 'start') {
            for (const job of page.missing()) held.push({ job, outcome: await runJob(job) });
          } else if (held.length > 0) {
            const [arrived] = held.splice(step.pick % held.length, 1);
            page.deliver(arrived!.job, arrived!.outcome);
          }
          checkShown(page);
        }
        await page.settle();
        checkShown(page);
        expect(page.view.verdict.state).toBe('checked');
      }),
      { numRuns: 25 },
    );
  });
});
