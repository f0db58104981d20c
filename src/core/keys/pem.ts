import { decodeBase64 } from '../encoding/base64url';
import { keyError } from './errors';

export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
  /** How many PEM blocks the text holds (a certificate chain has several); the first is read. */
  readonly blockCount: number;
}

const BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/;

/** The first PEM block of `text` (RFC 7468), with its label and DER bytes. */
export function parsePem(text: string): PemBlock {
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
  return { label, der: decoded.bytes, blockCount };
}

function wrapLines(base64: string): string {
  return base64.match(/.{1,64}/g)?.join('\n') ?? '';
}

export function toPem(label: string, base64: string): string {
  return `-----BEGIN ${label}-----\n${wrapLines(base64)}\n-----END ${label}-----\n`;
}
