/**
 * The one pure function from what the user entered, and the results computed for exactly
 * that, to what the page shows (design.md: `derive(inputs, results) → ViewModel`).
 */
import { jwsAlgorithm } from '../algorithms';
import type { Diagnostic } from '../diagnostics';
import type { KeyReports } from '../debug/key-inputs';
import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';
import type { ParsedToken } from '../jws/parse';
import type { Lint, LintInput } from '../lints/types';
import { givenOffset } from '../token/offsets';
import type { Token } from '../token/read';
import type { Inputs } from './inputs';
import type { Result } from './jobs';
import type {
  ClaimsView,
  KeyFailure,
  Message,
  PaneView,
  TokenPart,
  TokenPartName,
  VerdictView,
  ViewModel,
} from './model';
import { plan, type Plan } from './plan';

export interface Environment {
  /** Seconds since the epoch, for the time claims and the lints. */
  readonly now: number;
  /** The security checks, once their module has loaded (it loads after the first paint). */
  readonly lintToken?: (input: LintInput) => readonly Lint[];
}

/** Decoded payloads longer than this are previewed, their first characters read-only. */
export const PREVIEW_ABOVE = 200_000;
export const PREVIEW_CHARACTERS = 20_000;

/** Above this many characters the page says the token is unusually large. */
export const LARGE_TOKEN = 1_000_000;

function parsedOf(token: Token): ParsedToken | undefined {
  return token.kind === 'jws' ? token.jws : token.kind === 'jwe' ? token.jwe : undefined;
}

/**
 * A JWS that does not decode: a part that is not base64url, a header that is not a JSON
 * object with an alg, a part missing. Its signature is never judged (neither verdict phrase).
 */
export function undecodable(parsed: ParsedToken): boolean {
  return (
    parsed.kind !== 'jws' ||
    parsed.protectedHeader === undefined ||
    parsed.alg === undefined ||
    parsed.payload === undefined ||
    parsed.signature === undefined
  );
}

function verdictView({ shown, stage }: Plan): VerdictView {
  if (stage.kind === 'idle') return { state: 'empty' };
  if (stage.kind === 'failed') return { state: 'failed', error: stage.error };
  if (stage.kind === 'not-made') return { state: 'not-made' };
  if (shown.kind === 'jwe') return { state: 'encrypted' };
  const parsed = parsedOf(shown);
  if (!parsed || undecodable(parsed)) {
    const detail = stage.kind === 'inspected' ? stage.inspection.verdict.detail : {};
    return typeof detail.textVerifies === 'boolean'
      ? { state: 'malformed', textVerifies: detail.textVerifies }
      : { state: 'malformed' };
  }
  if (stage.kind === 'pending') return { state: 'pending' };
  const { verdict, secretEncodingHint } = stage.inspection;
  return secretEncodingHint
    ? { state: 'checked', verdict, hint: secretEncodingHint }
    : { state: 'checked', verdict };
}

function reportsOf(p: Plan): KeyReports | undefined {
  if (p.stage.kind === 'inspected') return p.stage.inspection.keys;
  if (p.stage.kind === 'not-made') return p.stage.encoding.keys;
  if (p.encoding && !p.encoding.ok) return p.encoding.keys;
  return undefined;
}

function keyFailures(reports: KeyReports | undefined): Message[] {
  if (!reports) return [];
  return [reports.secret, reports.publicKey, reports.privateKey]
    .filter((report): report is KeyFailure => report !== undefined && !report.ok)
    .map((report) => ({ source: 'key', report }));
}

function asMessages(diagnostics: readonly Diagnostic[]): Message[] {
  return diagnostics.map((diagnostic) => ({ source: 'diagnostic', diagnostic }));
}

/** The alert's lines: why the leading side, or a key, cannot be used. */
function problemsOf(inputs: Inputs, p: Plan, reports: KeyReports | undefined): Message[] {
  let leading: readonly Diagnostic[] = [];
  if (inputs.leading === 'token') {
    const parsed = parsedOf(p.shown);
    leading = parsed ? parsed.diagnostics.filter((d) => d.severity === 'error') : [];
  } else if (p.stage.kind === 'not-made') {
    leading = p.stage.encoding.problems;
  } else if (p.encoding && !p.encoding.ok) {
    // The panes cannot sign, but the token is theirs: only what is wrong with them counts.
    leading = p.encoding.problems.filter((d) => d.part !== 'key');
  }
  return [...asMessages(leading), ...keyFailures(reports)];
}

function reencoded(inputs: Inputs, pasted: Token, shown: Token): Message[] {
  if (inputs.leading !== 'json' || pasted.kind !== 'jws' || shown.kind !== 'jws') return [];
  const out: Message[] = [];
  for (const part of ['header', 'payload'] as const) {
    const before = pasted.jws[part]?.text;
    // The pane holds what was pasted, untouched, yet the token's bytes for it changed.
    if (before !== undefined && inputs[part] === before && shown.jws[part]?.text !== before) {
      out.push({ source: 'reencoded', part });
    }
  }
  return out;
}

function noticesOf(inputs: Inputs, p: Plan, pasted: Token): Message[] {
  const { shown } = p;
  const parsed = parsedOf(shown);
  const notes = inputs.leading === 'token' ? shown.cleaned.notes : [];
  const notices: Message[] = [
    ...asMessages(notes),
    ...asMessages(parsed ? parsed.diagnostics.filter((d) => d.severity !== 'error') : []),
    ...reencoded(inputs, pasted, shown),
  ];
  if (shown.given.length > LARGE_TOKEN) {
    notices.unshift({ source: 'large', megabytes: (shown.given.length / 1_000_000).toFixed(1) });
  }
  return notices;
}

function claimsOfText(text: string): ClaimsView | undefined {
  const parsed = parseJson(text);
  return parsed.ok && isJsonObject(parsed.value)
    ? { value: parsed.value, numbers: parsed.numbers }
    : undefined;
}

function claimsOf(inputs: Inputs, parsed: ParsedToken | undefined): ClaimsView | undefined {
  if (inputs.leading === 'json') return claimsOfText(inputs.payload);
  const payload = parsed?.payload;
  return payload?.isJson && isJsonObject(payload.json)
    ? { value: payload.json, numbers: payload.numbers }
    : undefined;
}

function headerParametersOf(
  inputs: Inputs,
  parsed: ParsedToken | undefined,
): ClaimsView | undefined {
  if (inputs.leading === 'json') return claimsOfText(inputs.header);
  return parsed?.protectedHeader
    ? { value: parsed.protectedHeader, numbers: parsed.header?.numbers ?? [] }
    : undefined;
}

function panes(
  inputs: Inputs,
  parsed: ParsedToken | undefined,
  problems: readonly Message[],
): { header: PaneView; payload: PaneView } {
  const invalid = (part: 'header' | 'payload') =>
    problems.some((m) => m.source === 'diagnostic' && m.diagnostic.part === part);
  if (inputs.leading === 'json') {
    return {
      header: { text: inputs.header, invalid: invalid('header') },
      payload: { text: inputs.payload, invalid: invalid('payload') },
    };
  }
  // Only what this token decodes to: a part that does not decode leaves its pane empty.
  const payload = parsed?.payload?.text ?? '';
  const preview = payload.length > PREVIEW_ABOVE && inputs.fullPayloadOf !== inputs.token;
  return {
    header: { text: parsed?.header?.text ?? '', invalid: invalid('header') },
    payload: preview
      ? {
          text: payload.slice(0, PREVIEW_CHARACTERS),
          invalid: invalid('payload'),
          preview: { shown: PREVIEW_CHARACTERS, total: payload.length, whole: payload },
        }
      : { text: payload, invalid: invalid('payload') },
  };
}

const PART_NAMES: Readonly<Record<'jws' | 'jwe', readonly TokenPartName[]>> = {
  jws: ['header', 'payload', 'signature'],
  jwe: ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'],
};

function partNamesOf(token: Token): readonly TokenPartName[] {
  return token.kind === 'empty' ? PART_NAMES.jws : PART_NAMES[token.kind];
}

/** Each segment's place in the typed text, for colouring. */
function partsOf(token: Token): TokenPart[] {
  const parsed = parsedOf(token);
  if (!parsed) return [];
  const names = partNamesOf(token);
  const { map } = token.cleaned;
  return parsed.segments.map((segment, index) => {
    const end = segment.start + segment.text.length;
    return {
      name: names[index],
      start: givenOffset(map, segment.start),
      // The character before the end, and one more: an end offset may fall on a removed one.
      end:
        segment.text.length === 0 ? givenOffset(map, segment.start) : givenOffset(map, end - 1) + 1,
    };
  });
}

/** Offsets in the typed text of the characters the token's errors point at. */
function marksOf(token: Token): number[] {
  const parsed = parsedOf(token);
  if (!parsed) return [];
  const marks: number[] = [];
  for (const d of parsed.diagnostics) {
    if (d.severity !== 'error') continue;
    const at = d.detail?.inputOffset ?? (d.part === 'token' ? d.offset : undefined);
    if (typeof at === 'number') marks.push(givenOffset(token.cleaned.map, at));
  }
  return marks;
}

function algOf(inputs: Inputs, parsed: ParsedToken | undefined): string | undefined {
  if (inputs.leading === 'json') {
    const header = parseJson(inputs.header);
    if (header.ok && isJsonObject(header.value) && typeof header.value.alg === 'string')
      return header.value.alg;
  }
  return parsed?.alg;
}

/**
 * What the page shows. `token` is `inputs.token` read and `pasted` is `inputs.pasted` read
 * (the caller keeps both, so a large token is read once per change, not once per render).
 */
export function derive(
  inputs: Inputs,
  token: Token,
  pasted: Token,
  results: readonly Result[],
  env: Environment,
): ViewModel {
  const p = plan(inputs, token, results);
  const { shown } = p;
  const parsed = parsedOf(shown);
  const reports = reportsOf(p);
  const problems = problemsOf(inputs, p, reports);
  const alg = algOf(inputs, parsed);
  const privatePem = reports?.privateKey?.ok ? reports.privateKey.publicPem : undefined;
  const publicDerived = inputs.keys.publicKey === '' && privatePem !== undefined;
  const entry = jwsAlgorithm(alg);
  const lints =
    shown.kind === 'empty'
      ? []
      : parsed && env.lintToken
        ? env.lintToken({
            parsed,
            now: env.now,
            ...(entry?.family === 'hmac' && inputs.keys.secret !== ''
              ? { secret: { text: inputs.keys.secret, encoding: inputs.keys.secretEncoding } }
              : {}),
          })
        : undefined;
  return {
    leading: inputs.leading,
    tokenText: inputs.leading === 'token' ? inputs.token : shown.given,
    token: shown,
    parts: partsOf(shown),
    partNames: partNamesOf(shown),
    marks: inputs.leading === 'token' ? marksOf(shown) : [],
    tokenInvalid: inputs.leading === 'token' && problems.some((m) => m.source === 'diagnostic'),
    ...panes(inputs, parsed, problems),
    alg,
    keys: {
      entry,
      reports,
      publicKey: publicDerived ? privatePem : inputs.keys.publicKey,
      publicDerived,
    },
    verdict: verdictView(p),
    problems,
    notices: noticesOf(inputs, p, pasted),
    lints,
    claims: claimsOf(inputs, parsed),
    headerParameters: headerParametersOf(inputs, parsed),
    parsed: shown.kind === 'jws' ? shown.jws : undefined,
  };
}
