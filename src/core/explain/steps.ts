import { jwsAlgorithm, type JwsAlgorithm } from '../algorithms';
import { encodeBase64, encodeBase64url } from '../encoding/base64url';
import { bytesToHex } from '../encoding/hex';
import type { ParsedToken } from '../jws/parse';

/** How much of a long value the steps show; the counts stay exact. */
export const SHOWN = 4096;

export interface PartSteps {
  /** The JSON text exactly as encoded. */
  readonly text: string;
  readonly byteLength: number;
  /** UTF-8 bytes in hex, cut at SHOWN characters. */
  readonly utf8Hex: string;
  /** Standard base64 with padding (RFC 4648 §4), cut at SHOWN. */
  readonly base64: string;
  /** The token's own segment, cut at SHOWN. */
  readonly base64url: string;
  /** How many `+`, `/` and `=` the base64url step changed or removed. */
  readonly changes: { readonly plus: number; readonly slash: number; readonly padding: number };
  readonly cut: boolean;
}

export interface TokenSteps {
  readonly header: PartSteps;
  readonly payload: PartSteps;
  /** ASCII(BASE64URL(header) || '.' || BASE64URL(payload)), RFC 7515 §5.1, cut at SHOWN. */
  readonly signingInput: string;
  readonly signingInputLength: number;
  /** The formula's function name, e.g. HMACSHA256, RSASHA256, ECDSA-P256-SHA256, Ed25519. */
  readonly formula: string;
  /** What signs: the shared secret or the private key. */
  readonly keyKind: 'secret' | 'privateKey' | 'none';
  readonly alg: string | undefined;
  readonly signature: {
    readonly hex: string;
    readonly base64url: string;
    readonly byteLength: number;
  };
}

function cut(text: string): string {
  return text.length > SHOWN ? text.slice(0, SHOWN) : text;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function partSteps(text: string, bytes: Uint8Array): PartSteps {
  const base64 = encodeBase64(bytes);
  const base64url = encodeBase64url(bytes);
  return {
    text,
    byteLength: bytes.length,
    utf8Hex: cut(bytesToHex(bytes.subarray(0, SHOWN / 2))),
    base64: cut(base64),
    base64url: cut(base64url),
    changes: { plus: count(base64, '+'), slash: count(base64, '/'), padding: count(base64, '=') },
    cut: base64.length > SHOWN,
  };
}

/** The function in the usual "HMACSHA256(…)" formula of JWT documents, per family. */
function formulaOf(entry: JwsAlgorithm | undefined): {
  formula: string;
  keyKind: TokenSteps['keyKind'];
} {
  if (!entry || entry.family === 'none') return { formula: 'none', keyKind: 'none' };
  const bits = entry.hash?.slice(4);
  switch (entry.family) {
    case 'hmac':
      return { formula: `HMACSHA${bits}`, keyKind: 'secret' };
    case 'rsa-pkcs1':
      return { formula: `RSASHA${bits}`, keyKind: 'privateKey' };
    case 'rsa-pss':
      return { formula: `RSAPSS-SHA${bits}`, keyKind: 'privateKey' };
    case 'ecdsa':
      return { formula: `ECDSA-${entry.curve}-SHA${bits}`, keyKind: 'privateKey' };
    case 'eddsa':
      return { formula: 'Ed25519', keyKind: 'privateKey' };
    case 'ml-dsa':
      return { formula: entry.alg, keyKind: 'privateKey' };
  }
}

/**
 * The token rebuilt step by step with its real values, for the learning view: each part's
 * JSON, UTF-8 bytes, base64, base64url, then the signing input, the formula and the signature.
 * Undefined when the token has no decodable header and payload.
 */
export function tokenSteps(parsed: ParsedToken): TokenSteps | undefined {
  const { header, payload, signature } = parsed;
  if (!header?.text || !payload || payload.text === undefined) return undefined;
  const signingInput = `${header.segment.text}.${payload.segment.text}`;
  const signatureBytes = signature?.bytes ?? new Uint8Array(0);
  return {
    header: partSteps(header.text, header.bytes),
    payload: partSteps(payload.text, payload.bytes),
    signingInput: cut(signingInput),
    signingInputLength: signingInput.length,
    alg: parsed.alg,
    ...formulaOf(jwsAlgorithm(parsed.alg)),
    signature: {
      hex: cut(bytesToHex(signatureBytes.subarray(0, SHOWN / 2))),
      base64url: cut(signature?.segment.text ?? ''),
      byteLength: signatureBytes.length,
    },
  };
}
