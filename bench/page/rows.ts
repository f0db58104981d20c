/**
 * The rows of `npm run bench:browser`: for each, how the page is opened, what is done before
 * the timed interaction (once per new page when cold, before each one when warm), the timed
 * interaction and what must be on screen for it to count as done. Rep r of a row always uses
 * the tokens of paste r; cold pastes use reps 0…, warm ones the reps after them.
 */
import type { Condition } from './in-page';
import {
  SECRET,
  hs256,
  jwe,
  marker,
  payloadOf,
  RSA_PUBLIC_PEM,
  rs256,
  rs256WithSet,
  rsaKeySet,
  sdJwt,
  type JweKind,
  type KeySet,
} from './tokens';

export type Box = 'Encoded token' | 'Secret' | 'Public key' | 'Decryption key';
export type Action = { readonly fill: string } | { readonly press: string };
export interface Step {
  readonly box: Box;
  readonly action: Action;
  /** On screen once the step is done. */
  readonly until: readonly Condition[];
  /** Timed from this event in the page: `beforeinput` unless said (focus: a click into a box). */
  readonly from?: 'beforeinput' | 'focusin';
}

/** The goals (issue 13); a figure without a goal is measured, not judged. */
export interface Goal {
  readonly coldMs?: number;
  readonly warmMs?: number;
  /** No main-thread task over this, cold or warm. */
  readonly taskMs?: number;
  /**
   * Shown within one frame (issues 10 and 11: "decrypted and shown within one frame, 16 ms"):
   * the DOM shows it within this many ms of the input, cold and warm, and the first frame
   * painted after the input is the one that shows it.
   */
  readonly shownMs?: number;
}

export interface Paste {
  /** Opened as a share link (`#token=`): the page is loaded with this token. */
  readonly link?: string;
  /** On screen once the page has loaded. */
  readonly ready: readonly Condition[];
  /** Absent, the row reports "not yet on the page" (a feature still being wired). */
  readonly requires?: StatusCondition;
  /** Cold only: after loading, before the timed step. */
  readonly setup: readonly Step[];
  /** Warm only, before every timed step: brings the page back to where `setup` leaves it. */
  readonly between: readonly Step[];
  readonly act: Step;
  /** Characters pasted or typed in the timed step, for the table. */
  readonly size: number;
}

export interface Row {
  readonly name: string;
  readonly goal: Goal;
  /** Steps done once on the warm page before the first `between`. */
  readonly once: readonly Step[];
  readonly paste: (rep: number) => Promise<Paste>;
}

const VERIFIED = 'Signature verified';
const INVALID = 'Invalid signature';
// The page's wording for "no key yet" (src/ui/i18n/en.ts), not fixed by ui-contract.md: if it
// changes, a step times out and says what it saw.
const NO_SECRET = 'Enter the secret';
const NO_PUBLIC_KEY = 'Paste the public key';
/** A fresh page opens on the seed example, verified with its secret (src/ui/main.tsx). */
const OPENED = VERIFIED;

type StatusCondition = Extract<Condition, { kind: 'status' }>;

const status = (includes: string, label = 'Signature status'): StatusCondition => ({
  kind: 'status',
  label,
  includes,
});
const shows = (jti: string): Condition => ({ kind: 'text', label: 'Payload', includes: jti });
const paste = (text: string, until: readonly Condition[]): Step => ({
  box: 'Encoded token',
  action: { fill: text },
  until,
});
const typeSecret = (text: string, until: readonly Condition[]): Step => ({
  box: 'Secret',
  action: { fill: text },
  until,
});
const clear = (box: Box, until: readonly Condition[]): Step => ({
  box,
  action: { fill: '' },
  until,
});

/** The typical token of rep r: what the page shows between two timed pastes. */
const typical = (r: number) => hs256(payloadOf(marker('between', r)));

function jwsRow(label: string, bytes: number | undefined, goal: Goal, keyFirst: boolean): Row {
  const verdict = keyFirst ? VERIFIED : NO_SECRET;
  const enterSecret = typeSecret(SECRET, [status(INVALID)]);
  return {
    name: `JWS ${label}${keyFirst ? '' : ', no key'}`,
    goal,
    once: keyFirst ? [enterSecret] : [],
    paste: async (r) => {
      const jti = marker(label.replace(/ /g, ''), r);
      const token = hs256(payloadOf(jti, bytes));
      const before = marker('between', r);
      return {
        ready: [status(OPENED)],
        setup: keyFirst ? [enterSecret] : [],
        between: [paste(typical(r), [status(verdict), shows(before)])],
        act: paste(token, [status(verdict), shows(jti)]),
        size: token.length,
      };
    },
  };
}

/**
 * A typical RS256 token pasted beside a PEM public key (a service's token and its key): the
 * verification reads the key box, whose PEM handling is a chunk of its own.
 */
function publicKeyRow(): Row {
  const enterKey: Step = {
    box: 'Public key',
    action: { fill: RSA_PUBLIC_PEM },
    until: [status(VERIFIED)],
  };
  return {
    name: 'JWS typical RS256, public key',
    goal: {},
    once: [enterKey],
    paste: async (r) => {
      const jti = marker('rs256', r);
      const before = marker('between', r);
      const between = rs256(payloadOf(before));
      const token = rs256(payloadOf(jti));
      return {
        link: between,
        ready: [status(NO_PUBLIC_KEY)],
        setup: [enterKey],
        between: [paste(between, [status(VERIFIED), shows(before)])],
        act: paste(token, [status(VERIFIED), shows(jti)]),
        size: token.length,
      };
    },
  };
}

/**
 * A typical token pasted over a large one: the box must take focus and its whole text be
 * selected first, which a person does too (a click or an editing key, then select all).
 * Timed from the box's `focusin`.
 */
function replaceRow(label: string, bytes: number): Row {
  const enterSecret = typeSecret(SECRET, [status(INVALID)]);
  return {
    name: `JWS typical pasted over ${label}`,
    goal: {},
    once: [enterSecret],
    paste: async (r) => {
      const big = marker(`under-${label.replace(/ /g, '')}`, r);
      const jti = marker('over', r);
      const token = hs256(payloadOf(jti));
      const under = paste(hs256(payloadOf(big, bytes)), [status(VERIFIED), shows(big)]);
      return {
        ready: [status(OPENED)],
        setup: [enterSecret, under],
        between: [under],
        act: { ...paste(token, [status(VERIFIED), shows(jti)]), from: 'focusin' },
        size: token.length,
      };
    },
  };
}

function keystrokeRow(): Row {
  const prefix = SECRET.slice(0, -1);
  return {
    name: 'secret keystroke',
    goal: { coldMs: 8, warmMs: 8 },
    once: [],
    paste: async (r) => {
      const jti = marker('keystroke', r);
      const token = hs256(payloadOf(jti));
      const almost = typeSecret(prefix, [status(INVALID)]);
      return {
        link: token,
        ready: [status(NO_SECRET), shows(jti)],
        setup: [almost],
        between: [
          clear('Secret', [status(NO_SECRET)]),
          paste(token, [status(NO_SECRET), shows(jti)]),
          almost,
        ],
        act: { box: 'Secret', action: { press: SECRET.slice(-1) }, until: [status(VERIFIED)] },
        size: 1,
      };
    },
  };
}

function keySetRow(size: number): Row {
  let set: Promise<KeySet> | undefined;
  return {
    name: `JWK Set ${size} keys`,
    goal: {},
    once: [],
    paste: async (r) => {
      set ??= rsaKeySet(size);
      const jti = marker('jwks', r);
      const { token, jwks } = rs256WithSet(await set, jti, r);
      const waiting = [status(NO_PUBLIC_KEY), shows(jti)];
      return {
        link: token,
        ready: waiting,
        setup: [],
        between: [clear('Public key', [status(NO_PUBLIC_KEY)]), paste(token, waiting)],
        act: { box: 'Public key', action: { fill: jwks }, until: [status(VERIFIED)] },
        size: jwks.length,
      };
    },
  };
}

function jweRow(kind: JweKind): Row {
  const decryption = status('', 'Decryption status');
  return {
    name: `JWE ${kind}/A256GCM`,
    goal: { shownMs: 16 },
    once: [],
    paste: async (r) => {
      const jti = marker(`jwe-${kind}`, r);
      const { token, key } = await jwe(kind, jti);
      const shown = { kind: 'text', label: 'Encoded token', includes: token.slice(-22) } as const;
      return {
        link: token,
        ready: [status('')],
        requires: decryption,
        setup: [],
        between: [clear('Decryption key', [decryption]), paste(token, [decryption, shown])],
        act: {
          box: 'Decryption key',
          action: { fill: key },
          until: [status('Decrypted', 'Decryption status'), shows(jti)],
        },
        size: key.length,
      };
    },
  };
}

function sdJwtRow(): Row {
  const enterSecret = typeSecret(SECRET, [status(INVALID)]);
  return {
    name: 'SD-JWT 20 disclosures',
    goal: { shownMs: 16 },
    once: [enterSecret],
    paste: async (r) => {
      const jti = marker('sd-jwt', r);
      const token = await sdJwt(jti);
      const before = marker('between', r);
      return {
        ready: [status(OPENED)],
        setup: [enterSecret],
        between: [paste(typical(r), [status(VERIFIED), shows(before)])],
        act: paste(token, [
          status(VERIFIED),
          shows(jti),
          { kind: 'rows', label: 'Disclosures', count: 20 },
        ]),
        size: token.length,
      };
    },
  };
}

const KB = 1024;

/** Every paste row, in the order of the table (first load is bench/page/first-load.ts). */
export function pasteRows(): Row[] {
  const sizes = [
    ['typical', undefined, { coldMs: 16, warmMs: 8 }],
    ['100 KB', 100 * KB, { coldMs: 50, warmMs: 50, taskMs: 50 }],
    ['1 MB', KB * KB, { coldMs: 100 }],
    ['10 MB', 10 * KB * KB, {}],
  ] as const;
  return [
    ...sizes.map(([label, bytes, goal]) => jwsRow(label, bytes, goal, true)),
    ...sizes.map(([label, bytes, goal]) => jwsRow(label, bytes, goal, false)),
    publicKeyRow(),
    replaceRow('1 MB', KB * KB),
    keystrokeRow(),
    jweRow('dir'),
    jweRow('RSA-OAEP-256'),
    sdJwtRow(),
    keySetRow(50),
  ];
}
