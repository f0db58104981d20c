/**
 * CVE-2017-15361 (ROCA): an RSA public key made by Infineon's library can be factored from the
 * public key alone, so anyone can compute its private key and sign tokens that verify with it.
 */
import { jwkHasRocaFingerprint } from '../keys/roca';
import type { Check } from './types';

export const checkKeyRoca: Check = ({ publicJwk }) =>
  publicJwk !== undefined && jwkHasRocaFingerprint(publicJwk)
    ? [{ rule: 'key-roca', detail: { cve: 'CVE-2017-15361' } }]
    : [];
