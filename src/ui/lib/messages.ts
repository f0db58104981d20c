import type { Diagnostic, DiagnosticCode } from '../../core/diagnostics';
import type { KeyReport, KeySlot } from '../../core/debug/key-inputs';
import type { Message } from '../../core/view/model';
import type { PassOverReason } from '../../core/keys/jwk';
import { format, type Translate } from '../i18n';
import type { KindTables } from './kind-messages';

/** The pane a message is about, in the reader's language. */
export function partName(t: Translate, part: Diagnostic['part'] | KeySlot): string {
  return t(`part.name.${part}`);
}

/** A line about a pane: its name, the language's colon, the text. */
export function partLine(t: Translate, part: Diagnostic['part'] | KeySlot, text: string): string {
  return `${partName(t, part)}${t('punct.colon')}${text}`;
}

/** The keys of a JWK Set passed over, each with why: "a (too small, wrong use); #2 (…)". */
export function passedOverText(
  t: Translate,
  entries: readonly { readonly who: string; readonly reasons: readonly string[] }[],
): string {
  return entries
    .map(({ who, reasons }) => {
      const words = reasons
        .map((reason) => {
          const key = `jwks.reason.${reason as PassOverReason}`;
          return t.has(key) ? t(key) : reason;
        })
        .join(t('punct.comma'));
      return t('punct.aside', { text: who, aside: words });
    })
    .join(t('punct.semicolon'));
}

function expectedText(t: Translate, expected: unknown, found: string | undefined): string {
  // A raw control character inside a string reads better as such than as a bad escape.
  if (expected === 'escape' && found !== undefined && found.length === 1 && found < ' ') {
    return t('expected.control');
  }
  const key = `expected.${String(expected)}`;
  return t.has(key) ? t(key) : t('expected.unknown');
}

/** A diagnostic from the core in words: the code picks the message, its fields fill it in. */
export function diagnosticMessage(t: Translate, d: Diagnostic): string {
  const detail = d.detail ?? {};
  const params = {
    ...detail,
    offset: d.offset,
    line: d.line,
    column: d.column,
    char: d.char,
    code: d.code,
  };
  switch (d.code) {
    case 'TOKEN_PART_COUNT':
      return detail.count === 2 || detail.count === 5
        ? t(`diag.TOKEN_PART_COUNT.${detail.count}`, params)
        : t('diag.TOKEN_PART_COUNT', params);
    case 'HEADER_JSON_SYNTAX':
    case 'PAYLOAD_JSON_SYNTAX':
      return t(`diag.${d.code}`, { ...params, expected: expectedText(t, detail.expected, d.char) });
    case 'STRIPPED_BEARER':
      return t(detail.header ? 'diag.STRIPPED_BEARER.header' : 'diag.STRIPPED_BEARER');
    case 'TOKEN_FROM_JSON':
      return t(detail.others ? 'diag.TOKEN_FROM_JSON.others' : 'diag.TOKEN_FROM_JSON', params);
    default:
      return t(`diag.${d.code}`, params);
  }
}

/** A kind's finding in its own table's words; its disclosure or signature numbered from 1. */
function findingText(
  table: Readonly<Record<string, string>> | undefined,
  finding: {
    readonly code: string;
    readonly detail?: Readonly<Record<string, unknown>>;
    readonly disclosure?: number;
    readonly signature?: number;
    readonly path?: readonly (string | number)[];
    readonly line?: number;
    readonly column?: number;
    readonly offset?: number;
  },
): string {
  const message = table?.[finding.code];
  if (message === undefined) return '';
  return format(message, {
    ...(finding.detail as Record<string, string | number | boolean> | undefined),
    line: finding.line,
    column: finding.column,
    offset: finding.offset,
    ...(finding.disclosure !== undefined ? { disclosure: finding.disclosure + 1 } : {}),
    ...(finding.signature !== undefined ? { signature: finding.signature + 1 } : {}),
    ...(finding.path ? { path: finding.path.join('.') } : {}),
  });
}

/** The JWE's own codes start with JWE_; the others are the shared decoders' (base64url, JSON). */
function isDiagnosticCode(code: string): code is DiagnosticCode {
  return !code.startsWith('JWE_');
}

/**
 * A line of the alert or of the notices, in words. A kind's finding whose table has not
 * arrived yet is the empty string, left out by the caller.
 */
export function messageText(t: Translate, message: Message, kinds: KindTables = {}): string {
  switch (message.source) {
    case 'diagnostic': {
      const { diagnostic: d } = message;
      const text = diagnosticMessage(t, d);
      return d.part === 'token' && d.severity !== 'error' ? text : partLine(t, d.part, text);
    }
    case 'key':
      return partLine(t, message.report.slot, keyErrorMessage(t, message.report));
    case 'reencoded':
      return t('notice.reencoded', { part: partName(t, message.part) });
    case 'large':
      return t('notice.large', { size: message.megabytes });
    case 'sd-jwt':
      return findingText(kinds.sdJwt, message.finding);
    case 'jws-json':
      return findingText(kinds.jwsJson, message.finding);
    case 'jwe': {
      // A shared decoder's code (base64url, JSON) in the page's words, the JWE's own in its table.
      const text = isDiagnosticCode(message.code)
        ? diagnosticMessage(t, {
            code: message.code,
            part: message.part,
            severity: 'error',
            detail: message.detail,
          })
        : findingText(kinds.jwe, { code: message.code, detail: message.detail });
      return text === '' ? '' : partLine(t, message.part, text);
    }
  }
}

function passedOverList(t: Translate, reasons: string): string {
  // detail.reasons reads "kid: reason reason; kid: reason".
  return passedOverText(
    t,
    reasons.split('; ').map((entry) => {
      const [who = '', list = ''] = entry.split(': ');
      return { who, reasons: list.split(' ') };
    }),
  );
}

/** Why a key box cannot be used, in words. */
export function keyErrorMessage(t: Translate, report: Extract<KeyReport, { ok: false }>): string {
  const { code, detail } = report;
  const params = { ...detail };
  switch (code) {
    case 'KEY_BAD_PEM': {
      const reasonKey = `keyerr.KEY_BAD_PEM.${String(detail.reason)}`;
      return t('keyerr.KEY_BAD_PEM', {
        reason: t.has(reasonKey) ? t(reasonKey, params) : String(detail.reason),
      });
    }
    case 'KEY_UNKNOWN_FORMAT':
      return t(
        detail.reason === 'openssh'
          ? 'keyerr.KEY_UNKNOWN_FORMAT.openssh'
          : 'keyerr.KEY_UNKNOWN_FORMAT',
      );
    case 'KEY_BAD_JWK': {
      const reasonKey = `keyerr.jwk.${String(detail.reason)}`;
      return t('keyerr.KEY_BAD_JWK', {
        reason: t.has(reasonKey) ? t(reasonKey, params) : String(detail.reason),
      });
    }
    case 'KEY_SECRET_BAD_ENCODING': {
      const encodingKey = `key.encoding.${String(detail.encoding)}`;
      return t('keyerr.KEY_SECRET_BAD_ENCODING', {
        encoding: t.has(encodingKey) ? t(encodingKey) : String(detail.encoding),
        at: detail.char !== undefined ? t('keyerr.at', params) : '',
      });
    }
    case 'KEY_NO_MATCH_IN_JWKS':
      return t('keyerr.KEY_NO_MATCH_IN_JWKS', {
        alg: detail.alg,
        kidPart: detail.kid !== undefined ? t('keyerr.kid', params) : '',
        reasons: t('jwks.passedOver', { list: passedOverList(t, String(detail.reasons ?? '')) }),
      });
    default:
      return t(`keyerr.${code}`, params);
  }
}
