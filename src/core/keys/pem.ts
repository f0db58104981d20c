import { decodeBase64 } from '../encoding/base64url';
import { keyError } from './errors';
import type { KeyNote } from './notes';

export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
  /** How many PEM blocks the text holds (a certificate chain has several); the first is read. */
  readonly blockCount: number;
  /** What was repaired in the text before reading it (see repairPemText). */
  readonly notes: readonly KeyNote[];
}

const BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/;
const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
/** `\n`, `\r\n` or `\r` written out as two characters, as in a JSON string or a .env file. */
const ESCAPED_NEWLINE = /\\r\\n|\\n|\\r/g;

/**
 * PEM as people paste it, made readable (RFC 7468 §2 wants lines of 64 characters between the
 * BEGIN and END lines): surrounding quotes dropped, literal `\n` sequences unescaped (a key
 * kept in an environment variable or a JSON string), and a block whose line breaks were lost
 * (joined by spaces, or run together) written out again. Each repair is a note. A body with
 * RFC 1421 headers (`Proc-Type:`) is left alone: it is refused as encrypted anyway.
 */
export function repairPemText(text: string): { readonly text: string; readonly notes: KeyNote[] } {
  const notes: KeyNote[] = [];
  let repaired = text.trim();
  const quoted = /^(["'])([\s\S]*)\1$/.exec(repaired);
  if (quoted) {
    repaired = quoted[2]!.trim();
    notes.push({ code: 'PEM_QUOTED', severity: 'info', detail: { char: quoted[1]! } });
  }
  const escapes = repaired.match(ESCAPED_NEWLINE)?.length ?? 0;
  if (escapes > 0) {
    repaired = repaired.replace(ESCAPED_NEWLINE, '\n');
    notes.push({ code: 'PEM_ESCAPED_NEWLINES', severity: 'info', detail: { count: escapes } });
  }
  let restored = 0;
  repaired = repaired.replace(BLOCK, (block, label: string, body: string) => {
    const base64 = body.replace(/\s+/g, '');
    if (body.includes('\n') || base64 === '' || body.includes(':')) return block;
    restored += 1;
    return `-----BEGIN ${label}-----\n${wrapLines(base64)}\n-----END ${label}-----`;
  });
  if (restored > 0) {
    notes.push({ code: 'PEM_LINE_BREAKS_RESTORED', severity: 'info', detail: { count: restored } });
  }
  return { text: repaired, notes };
}

/** The first PEM block of `text` (RFC 7468), with its label and DER bytes, once repaired. */
export function parsePem(pasted: string): PemBlock {
  const { text, notes } = repairPemText(pasted);
  const begin = BEGIN.exec(text);
  if (!begin) throw keyError('KEY_BAD_PEM', 'no -----BEGIN line', { reason: 'no-begin' });
  const label = begin[1]!;
  const bodyStart = begin.index + begin[0].length;
  const endLine = `-----END ${label}-----`;
  const endIndex = text.indexOf(endLine, bodyStart);
  if (endIndex < 0) {
    const otherEnd = /-----END ([A-Z0-9 ]+)-----/.exec(text.slice(bodyStart));
    throw otherEnd
      ? keyError('KEY_BAD_PEM', `BEGIN ${label} ends with END ${otherEnd[1]}`, {
          reason: 'label-mismatch',
          label,
          endLabel: otherEnd[1]!,
        })
      : keyError('KEY_BAD_PEM', `no -----END ${label}----- line`, { reason: 'no-end', label });
  }
  let body = text.slice(bodyStart, endIndex);
  // RFC 1421 headers (Proc-Type, DEK-Info) come before a blank line: an encrypted legacy key.
  if (/^\s*Proc-Type:\s*4,ENCRYPTED/m.test(body)) {
    throw keyError('KEY_ENCRYPTED', 'the PEM key is encrypted with a passphrase', { label });
  }
  body = body.replace(/^[\w-]+:.*$/gm, '');
  const decoded = decodeBase64(body);
  if (!decoded.ok) {
    throw keyError('KEY_BAD_PEM', 'the PEM body is not base64', {
      reason: 'bad-base64',
      label,
      ...('char' in decoded.problem ? { char: decoded.problem.char } : {}),
    });
  }
  if (decoded.bytes.length === 0) {
    throw keyError('KEY_BAD_PEM', 'the PEM body is empty', { reason: 'empty', label });
  }
  const blockCount = text.match(/-----BEGIN [A-Z0-9 ]+-----/g)?.length ?? 1;
  return { label, der: decoded.bytes, blockCount, notes };
}

function wrapLines(base64: string): string {
  return base64.match(/.{1,64}/g)?.join('\n') ?? '';
}

export function toPem(label: string, base64: string): string {
  return `-----BEGIN ${label}-----\n${wrapLines(base64)}\n-----END ${label}-----\n`;
}
