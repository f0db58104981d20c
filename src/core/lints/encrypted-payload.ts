/**
 * A JWS whose payload is a compact JWE was encrypted, then signed: the signature is over
 * ciphertext, so it says nothing about who wrote the claims inside. RFC 7519 §11.2 asks for the
 * other order, sign then encrypt (a nested JWT, jwe/nested.ts).
 */
import { compactKind } from '../jwe/nested';
import type { Check } from './types';

export const checkEncryptedPayload: Check = ({ parsed }) => {
  const text = parsed.payload?.text;
  return text !== undefined && compactKind(text) === 'jwe' ? [{ rule: 'payload-is-jwe' }] : [];
};
