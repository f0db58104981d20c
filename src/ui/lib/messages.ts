import type { Diagnostic } from '../../core/diagnostics';
import type { KeyReport, KeySlot } from '../../core/debug/key-inputs';
import type { PassOverReason } from '../../core/keys/jwk';
import type { MessageKey } from '../i18n/en';
import { isMessageKey, type Translate } from '../i18n';

/** The pane a message is about, in the reader's language. */
export function partName(t: Translate, part: Diagnostic['part'] | KeySlot): string {
  const key = `part.name.${part}`;
  return isMessageKey(key) ? t(key) : part;
}

function expectedText(t: Translate, expected: unknown, found: string | undefined): string {
  // A raw control character inside a string reads better as such than as a bad escape.
  if (expected === 'escape' && found !== undefined && found.length === 1 && found < ' ') {
    return t('expected.control');
  }
  const key = `expected.${String(expected)}`;
  return isMessageKey(key) ? t(key) : t('expected.unknown');
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
  if (d.code === 'TOKEN_PART_COUNT' && (detail.count === 2 || detail.count === 5)) {
    return t(`diag.TOKEN_PART_COUNT.${detail.count}` as MessageKey, params);
  }
  if (d.code.endsWith('JSON_SYNTAX')) {
    return t(`diag.${d.code}` as MessageKey, {
      ...params,
      expected: expectedText(t, detail.expected, d.char),
    });
  }
  for (const prefix of ['diag.', 'notice.']) {
    const key = `${prefix}${d.code}`;
    if (isMessageKey(key)) return t(key, params);
  }
  return t('diag.unknown', params);
}

function passedOverList(t: Translate, reasons: string): string {
  // detail.reasons reads "kid: reason reason; kid: reason".
  return reasons
    .split('; ')
    .map((entry) => {
      const [who, list = ''] = entry.split(': ');
      const words = list
        .split(' ')
        .map((reason) => {
          const key = `jwks.reason.${reason as PassOverReason}`;
          return isMessageKey(key) ? t(key) : reason;
        })
        .join(', ');
      return `${who} (${words})`;
    })
    .join('; ');
}

/** Why a key box cannot be used, in words. */
export function keyErrorMessage(t: Translate, report: Extract<KeyReport, { ok: false }>): string {
  const { code, detail } = report;
  const params = { ...detail };
  switch (code) {
    case 'KEY_BAD_PEM': {
      const reasonKey = `keyerr.KEY_BAD_PEM.${String(detail.reason)}`;
      return t('keyerr.KEY_BAD_PEM', {
        reason: isMessageKey(reasonKey) ? t(reasonKey, params) : String(detail.reason),
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
        reason: isMessageKey(reasonKey) ? t(reasonKey, params) : String(detail.reason),
      });
    }
    case 'KEY_SECRET_BAD_ENCODING': {
      const encodingKey = `key.encoding.${String(detail.encoding)}`;
      return t('keyerr.KEY_SECRET_BAD_ENCODING', {
        encoding: isMessageKey(encodingKey) ? t(encodingKey) : String(detail.encoding),
        at: detail.char !== undefined ? t('keyerr.at', params) : '',
      });
    }
    case 'KEY_NO_MATCH_IN_JWKS':
      return t('keyerr.KEY_NO_MATCH_IN_JWKS', {
        alg: detail.alg,
        kidPart: detail.kid !== undefined ? t('keyerr.kid', params) : '',
        reasons: t('jwks.passedOver', { list: passedOverList(t, String(detail.reasons ?? '')) }),
      });
    default: {
      const key = `keyerr.${code}`;
      return isMessageKey(key) ? t(key, params) : report.message;
    }
  }
}
