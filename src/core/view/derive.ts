/**
 * The one pure function from what the user entered, and the results computed for exactly
 * that, to what the page shows (design.md: `derive(inputs, results) → ViewModel`).
 */
import { jwsAlgorithm } from '../algorithms';
import { layOut } from '../jose/part';
import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';
import type { ParsedToken } from '../jws/parse';
import type { JweInspection } from '../jwe/inspect';
import type { JwsJsonInspection } from '../jws/json-inspect';
import type { ClaimsTable, ClaimsTableInput } from '../claims/table';
import type { ValidityNote } from '../claims/validity';
import type { KeyReports } from '../debug/key-inputs';
import type { Lint, LintInput } from '../lints/types';
import type { SdJwtInspection } from '../sd-jwt/inspect';
import { keyBindingDropped } from '../sd-jwt/presentation-text';
import { panesOf, type Token } from '../token/read';
import type { Inputs } from './inputs';
import type { KindInspection } from './inspect-token';
import { textFactsFor, type Result } from './jobs';
import { encryptingView, jweView, jwePayload } from './kinds/jwe';
import { jwsJsonView } from './kinds/jws-json';
import { learnView } from './learn';
import { sdJwtView } from './kinds/sd-jwt';
import { issueView } from './kinds/sd-jwt-issue';
import { noticesOf, problemsOf } from './messages';
import type { KeysView, KindView, ViewModel } from './model';
import { claimsOf, headerParametersOf, panes } from './panes';
import { marksOf, partNamesOf, partsOf } from './parts';
import { plan, shownEncoding, type Plan } from './plan';
import { reportsOf, verdictView } from './verdict';

export { PREVIEW_ABOVE, PREVIEW_CHARACTERS } from './panes';
export { LARGE_TOKEN } from './messages';
export { undecodable } from './verdict';

export interface Environment {
  /** Seconds since the epoch, for the time claims and the lints. */
  readonly now: number;
  /** The security checks, once their module has loaded (it loads after the first paint). */
  readonly lintToken?: (input: LintInput) => readonly Lint[];
  /** The claims tables' rows (core/claims/table.ts), likewise. */
  readonly claimsTable?: (input: ClaimsTableInput) => ClaimsTable | undefined;
  /** Whether the token is valid now by its time claims (core/claims/validity.ts), likewise. */
  readonly validityNotes?: (payload: unknown, options: { now: number }) => readonly ValidityNote[];
}

/** What the key boxes' keys say beside their facts: repairs, choices, dangers. */
function keyNotesOf(reports: KeyReports | undefined): KeysView['notes'] {
  if (!reports) return [];
  return [reports.secret, reports.publicKey, reports.privateKey].flatMap((report) =>
    report?.ok ? report.key.notes.map((note) => ({ slot: report.slot, note })) : [],
  );
}

function ofKind<K extends KindInspection['kind']>(
  extra: KindInspection | undefined,
  kind: K,
): Extract<KindInspection, { kind: K }> | undefined {
  return extra?.kind === kind ? (extra as Extract<KindInspection, { kind: K }>) : undefined;
}

/**
 * A kind's own view. What depends on the token's text alone (disclosures, the JSON
 * serialization's parts) comes from any result for that text; what depends on the keys too
 * (each signature's verdict) only from the result for the current inputs.
 */
function kindView(
  inputs: Inputs,
  p: Plan,
  results: readonly Result[],
  encrypting: boolean,
): KindView | undefined {
  const { shown, stage } = p;
  // The panes lead with an `enc`: the JWE's boxes are needed before any JWE is made.
  if (encrypting && shown.kind !== 'jwe') return jweView(undefined, undefined, false);
  if (shown.kind !== 'sd-jwt' && shown.kind !== 'jws-json' && shown.kind !== 'jwe')
    return undefined;
  const current = stage.kind === 'inspected' ? stage.extra : undefined;
  // A token the panes made was inspected by their encode job: its facts come with it.
  const facts = textFactsFor(results, shown.given) ?? current;
  if (shown.kind === 'jwe') {
    return jweView(
      ofKind(facts, 'jwe') as JweInspection | undefined,
      ofKind(current, 'jwe') as JweInspection | undefined,
      true,
      inputs.exact,
    );
  }
  if (shown.kind === 'sd-jwt') {
    const ends = shown.parts.at(-1)?.kind === 'kb-jwt';
    const { presentation } = inputs;
    const issued = presentation && textFactsFor(results, presentation.issued);
    return sdJwtView(
      ends,
      ofKind(facts, 'sd-jwt') as SdJwtInspection | undefined,
      ofKind(issued, 'sd-jwt') as SdJwtInspection | undefined,
      presentation?.withheld ?? [],
      presentation ? keyBindingDropped(presentation) : false,
    );
  }
  return jwsJsonView(
    ofKind(facts, 'jws-json') as JwsJsonInspection | undefined,
    ofKind(current, 'jws-json') as JwsJsonInspection | undefined,
  );
}

/**
 * The JOSE object the panes show: for the JSON serialization, its first signature's; for a
 * JWE, its protected header with the decrypted content as the payload (the nested JWS's
 * payload when there is one), for the current keys only.
 */
function panesParsed(p: Plan, results: readonly Result[]): ParsedToken | undefined {
  const { shown, stage } = p;
  if (shown.kind === 'jws-json') {
    const facts = ofKind(textFactsFor(results, shown.given), 'jws-json');
    return facts?.parsed.signatures[0]?.token;
  }
  if (shown.kind !== 'jwe') return panesOf(shown);
  const current = ofKind(stage.kind === 'inspected' ? stage.extra : undefined, 'jwe') as
    JweInspection | undefined;
  const inner = current?.inner;
  const text = jwePayload(current);
  const json = inner?.payload ?? (text === '' ? undefined : parseJson(text));
  const payload = inner?.payload ?? {
    segment: { text: '', start: 0 },
    bytes: new Uint8Array(0),
    text,
    json: json && 'ok' in json && json.ok ? json.value : undefined,
    isJson: json !== undefined && 'ok' in json && json.ok,
    numbers: json && 'ok' in json && json.ok ? json.numbers : [],
  };
  const pretty = payload.isJson ? layOut(text) : undefined;
  // The JWE's protected header, and its decrypted content as the payload.
  return { ...shown.jwe, payload: pretty === undefined ? payload : { ...payload, pretty } };
}

/**
 * The JWS whose signature is judged, whose alg the key boxes follow and which the security
 * checks and the learning view read: a JWE's nested JWS, for the current keys.
 */
function judgedOf(p: Plan, panesJws: ParsedToken | undefined): ParsedToken | undefined {
  if (p.shown.kind !== 'jwe') return panesJws;
  const current = p.stage.kind === 'inspected' ? p.stage.extra : undefined;
  return current?.kind === 'jwe' ? current.inner : undefined;
}

/** The Header pane's object while the panes lead, when its text is one. */
function typedHeader(inputs: Inputs): Readonly<Record<string, unknown>> | undefined {
  if (inputs.leading !== 'json') return undefined;
  const header = parseJson(inputs.header);
  return header.ok && isJsonObject(header.value) ? header.value : undefined;
}

function algOf(
  typed: Readonly<Record<string, unknown>> | undefined,
  parsed: ParsedToken | undefined,
): string | undefined {
  return typeof typed?.alg === 'string' ? typed.alg : parsed?.alg;
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
  const parsed = panesParsed(p, results);
  const judged = judgedOf(p, parsed);
  const typed = typedHeader(inputs);
  const encrypted = typed ? typed.enc !== undefined : shown.kind === 'jwe';
  const encrypting = typed !== undefined && encrypted;
  const viewOfKind = kindView(inputs, p, results, encrypting);
  const kind =
    encrypting && viewOfKind?.kind === 'jwe'
      ? encryptingView(viewOfKind, inputs.nested, shownEncoding(p)?.encryptedFor)
      : viewOfKind;
  const reports = reportsOf(p);
  const problems = problemsOf(inputs, p, parsed, reports, kind);
  // Sign, then encrypt: the key boxes follow the inner alg the payload is signed with.
  const alg = encrypting && inputs.nested !== undefined ? inputs.nested : algOf(typed, judged);
  const privatePem = reports?.privateKey?.ok ? reports.privateKey.publicPem : undefined;
  const publicDerived = inputs.keys.publicKey === '' && privatePem !== undefined;
  const entry = jwsAlgorithm(alg);
  const claims = claimsOf(inputs, parsed, kind);
  const headerParameters = headerParametersOf(inputs, parsed);
  const verifying = reports?.publicKey ?? reports?.privateKey;
  const publicJwk = verifying?.ok ? verifying.key.publicJwk : undefined;
  // Undefined until the checks' module is there; null where there is no signed token to check.
  const lints =
    shown.kind === 'empty'
      ? []
      : !env.lintToken
        ? undefined
        : !judged
          ? null
          : env.lintToken({
              parsed: judged,
              now: env.now,
              ...(entry?.family === 'hmac' && inputs.keys.secret !== ''
                ? { secret: { text: inputs.keys.secret, encoding: inputs.keys.secretEncoding } }
                : {}),
              ...(publicJwk ? { publicJwk } : {}),
            });
  const payloadJson = judged?.payload?.isJson ? judged.payload.json : undefined;
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
    encrypted,
    keys: {
      entry,
      reports,
      publicKey: publicDerived ? privatePem : inputs.keys.publicKey,
      publicDerived,
      notes: keyNotesOf(reports),
    },
    validity:
      env.validityNotes && payloadJson !== undefined
        ? env.validityNotes(payloadJson, { now: env.now })
        : [],
    detached:
      judged?.segments[1]?.text === '' &&
      judged.diagnostics.some((d) => d.code === 'PAYLOAD_DETACHED'),
    verdict: verdictView(p, judged),
    problems,
    notices: noticesOf(inputs, p, parsed, pasted, kind),
    lints,
    claims,
    headerParameters,
    tables: env.claimsTable && {
      claims: claims && env.claimsTable({ where: 'payload', now: env.now, ...claims }),
      header:
        headerParameters && env.claimsTable({ where: 'header', now: env.now, ...headerParameters }),
    },
    kind,
    issue: issueView(inputs, p, claims?.value, typed),
    parsed:
      shown.kind === 'jws' || shown.kind === 'sd-jwt' || shown.kind === 'jwe' ? judged : undefined,
    learn: learnView(p, results, parsed),
  };
}
