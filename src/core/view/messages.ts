/** The alert's lines and the notices: why something cannot be used, and what was noticed. */
import type { Diagnostic } from '../diagnostics';
import type { KeyReports } from '../debug/key-inputs';
import type { ParsedToken } from '../jws/parse';
import type { Token } from '../token/read';
import type { Inputs } from './inputs';
import type { JweView } from './kinds/jwe';
import { sdJwtOf } from './kinds/sd-jwt';
import type { KeyFailure, KindView, Message } from './model';
import type { Plan } from './plan';

/** Above this many characters the page says the token is unusually large. */
export const LARGE_TOKEN = 1_000_000;

function keyFailures(reports: KeyReports | undefined): Message[] {
  if (!reports) return [];
  return [reports.secret, reports.publicKey, reports.privateKey]
    .filter((report): report is KeyFailure => report !== undefined && !report.ok)
    .map((report) => ({ source: 'key', report }));
}

function asMessages(diagnostics: readonly Diagnostic[]): Message[] {
  return diagnostics.map((diagnostic) => ({ source: 'diagnostic', diagnostic }));
}

/** The JWE's findings: part errors, and a decryption key that cannot be used, are problems. */
function jweMessages(kind: JweView, problems: boolean): Message[] {
  const out: Message[] = kind.diagnostics
    .filter((d) => (d.severity === 'error') === problems)
    .map((d) => ({ source: 'jwe', code: d.code, part: d.part, detail: d.detail ?? {} }));
  const { decryption } = kind;
  if (problems && decryption.state === 'done' && decryption.result.status === 'failed') {
    const { code, detail } = decryption.result;
    if (code.startsWith('JWE_KEY_') || code === 'JWE_PASSWORD_EMPTY')
      out.push({ source: 'jwe', code, part: 'key', detail });
  }
  return out;
}

/** A kind's findings that say the token must be rejected, or that are errors. */
function kindProblems(kind: KindView | undefined): Message[] {
  if (kind?.kind === 'jwe') return jweMessages(kind, true);
  const sdJwt: Message[] = (sdJwtOf(kind)?.findings ?? [])
    .filter((finding) => finding.reject || finding.severity === 'error')
    .map((finding) => ({ source: 'sd-jwt', finding }));
  if (kind?.kind === 'jws-json')
    return kind.findings
      .filter((finding) => finding.severity === 'error')
      .map((finding): Message => ({ source: 'jws-json', finding }))
      .concat(sdJwt);
  return sdJwt;
}

function kindNotices(kind: KindView | undefined): Message[] {
  if (kind?.kind === 'jwe') return jweMessages(kind, false);
  const sdJwt = sdJwtOf(kind);
  const notices: Message[] = (sdJwt?.findings ?? [])
    .filter((finding) => !finding.reject && finding.severity !== 'error')
    .map((finding) => ({ source: 'sd-jwt', finding }));
  if (sdJwt?.keyBindingDropped) {
    const dropped = {
      code: 'PRESENT_KB_DROPPED',
      part: 'kb-jwt',
      severity: 'info',
      reject: false,
    } as const;
    notices.push({ source: 'sd-jwt', finding: dropped });
  }
  if (kind?.kind === 'jws-json')
    return kind.findings
      .filter((finding) => finding.severity !== 'error')
      .map((finding): Message => ({ source: 'jws-json', finding }))
      .concat(notices);
  return notices;
}

/** The alert's lines: why the leading side, or a key, cannot be used. */
export function problemsOf(
  inputs: Inputs,
  p: Plan,
  parsed: ParsedToken | undefined,
  reports: KeyReports | undefined,
  kind: KindView | undefined,
): Message[] {
  let leading: readonly Diagnostic[] = [];
  let made: Message[] = [];
  if (inputs.leading === 'token') {
    leading = parsed ? parsed.diagnostics.filter((d) => d.severity === 'error') : [];
  } else if (p.stage.kind === 'not-made') {
    leading = p.stage.encoding.problems;
    made = p.stage.encoding.kindProblems.map((problem): Message => {
      if (problem.kind === 'sd-jwt') return { source: 'sd-jwt', finding: problem.finding };
      const { code, detail } = problem;
      const part = code.startsWith('JWE_KEY_') || code === 'JWE_NO_KEY' ? 'key' : 'header';
      return { source: 'jwe', code, part, detail };
    });
  } else if (p.encoding && !p.encoding.ok) {
    // The panes cannot sign, but the token is theirs: only what is wrong with them counts.
    leading = p.encoding.problems.filter((d) => d.part !== 'key');
  }
  return [...asMessages(leading), ...made, ...kindProblems(kind), ...keyFailures(reports)];
}

function reencoded(inputs: Inputs, pasted: Token, shown: Token): Message[] {
  const { pristine } = inputs;
  if (inputs.leading !== 'json' || !pristine || pasted.kind !== 'jws' || shown.kind !== 'jws')
    return [];
  const out: Message[] = [];
  for (const part of ['header', 'payload'] as const) {
    const before = pasted.jws[part]?.text;
    // The pane holds what it showed of the pasted token, untouched, yet its bytes changed.
    if (
      before !== undefined &&
      pristine.token === inputs.pasted &&
      inputs[part] === pristine[part] &&
      shown.jws[part]?.text !== before
    ) {
      out.push({ source: 'reencoded', part });
    }
  }
  return out;
}

export function noticesOf(
  inputs: Inputs,
  p: Plan,
  parsed: ParsedToken | undefined,
  pasted: Token,
  kind: KindView | undefined,
): Message[] {
  const { shown } = p;
  const notes = inputs.leading === 'token' ? shown.cleaned.notes : [];
  const notices: Message[] = [
    ...asMessages(notes),
    ...asMessages(parsed ? parsed.diagnostics.filter((d) => d.severity !== 'error') : []),
    ...kindNotices(kind),
    ...reencoded(inputs, pasted, shown),
  ];
  if (shown.given.length > LARGE_TOKEN) {
    notices.unshift({ source: 'large', megabytes: (shown.given.length / 1_000_000).toFixed(1) });
  }
  return notices;
}
