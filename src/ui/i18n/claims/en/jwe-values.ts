/**
 * English explanations: every JWE key management (alg) and content encryption (enc) value of
 * RFC 7518 §4.1 and §5.1. Keys as in src/core/claims/header-values.ts.
 */
import type { ClaimTexts } from '../types';

export const jweValuesEn: ClaimTexts = {
  // Key management: how the content encryption key (CEK) reaches the recipient.
  'header:alg=RSA1_5': {
    title: 'RSA1_5: RSAES-PKCS1-v1_5 key encryption',
    description:
      'The CEK is encrypted to an RSA public key with PKCS #1 v1.5 padding. Deprecated: its padding checks leak to Bleichenbacher attacks, so use RSA-OAEP-256 instead. Browsers cannot do it.',
  },
  'header:alg=RSA-OAEP': {
    title: 'RSA-OAEP: RSAES-OAEP with SHA-1',
    description:
      'The CEK is encrypted to an RSA public key with OAEP padding, using SHA-1 and MGF1 with SHA-1. Still secure for OAEP, but RSA-OAEP-256 is the usual choice today.',
  },
  'header:alg=RSA-OAEP-256': {
    title: 'RSA-OAEP-256: RSAES-OAEP with SHA-256',
    description:
      'The CEK is encrypted to an RSA public key with OAEP padding, using SHA-256 and MGF1 with SHA-256. The recipient decrypts it with the matching private key.',
  },
  'header:alg=RSA-OAEP-384': {
    title: 'RSA-OAEP-384: RSAES-OAEP with SHA-384',
    description:
      'The CEK is encrypted to an RSA public key with OAEP padding, using SHA-384 and MGF1 with SHA-384.',
  },
  'header:alg=RSA-OAEP-512': {
    title: 'RSA-OAEP-512: RSAES-OAEP with SHA-512',
    description:
      'The CEK is encrypted to an RSA public key with OAEP padding, using SHA-512 and MGF1 with SHA-512.',
  },
  'header:alg=A128KW': {
    title: 'A128KW: AES Key Wrap with a 128-bit key',
    description:
      'The CEK is wrapped with a shared 128-bit AES key (RFC 3394 key wrap). Both sides must already hold that key.',
  },
  'header:alg=A192KW': {
    title: 'A192KW: AES Key Wrap with a 192-bit key',
    description:
      'The CEK is wrapped with a shared 192-bit AES key (RFC 3394 key wrap). Chromium does not do 192-bit AES.',
  },
  'header:alg=A256KW': {
    title: 'A256KW: AES Key Wrap with a 256-bit key',
    description: 'The CEK is wrapped with a shared 256-bit AES key (RFC 3394 key wrap).',
  },
  'header:alg=dir': {
    title: 'dir: direct encryption with a shared key',
    description:
      'No key is wrapped: the shared symmetric key is the CEK itself, so the encrypted key part is empty. It must have the size the enc algorithm needs.',
  },
  'header:alg=ECDH-ES': {
    title: 'ECDH-ES: direct key agreement',
    description:
      'The sender makes an ephemeral key (epk) and derives the CEK from an ECDH agreement with the recipient’s public key and the Concat KDF, mixing in apu and apv. The encrypted key part is empty.',
  },
  'header:alg=ECDH-ES+A128KW': {
    title: 'ECDH-ES+A128KW: key agreement, then AES key wrap',
    description:
      'An ECDH agreement with the ephemeral key in epk derives a 128-bit key, which wraps the CEK with AES Key Wrap.',
  },
  'header:alg=ECDH-ES+A192KW': {
    title: 'ECDH-ES+A192KW: key agreement, then AES key wrap',
    description:
      'An ECDH agreement with the ephemeral key in epk derives a 192-bit key, which wraps the CEK with AES Key Wrap. Chromium does not do 192-bit AES.',
  },
  'header:alg=ECDH-ES+A256KW': {
    title: 'ECDH-ES+A256KW: key agreement, then AES key wrap',
    description:
      'An ECDH agreement with the ephemeral key in epk derives a 256-bit key, which wraps the CEK with AES Key Wrap.',
  },
  'header:alg=A128GCMKW': {
    title: 'A128GCMKW: AES-GCM key wrap with a 128-bit key',
    description:
      'The CEK is encrypted with a shared 128-bit AES key in GCM mode; the IV and the authentication tag of that step are the iv and tag header parameters.',
  },
  'header:alg=A192GCMKW': {
    title: 'A192GCMKW: AES-GCM key wrap with a 192-bit key',
    description:
      'The CEK is encrypted with a shared 192-bit AES key in GCM mode (iv and tag in the header). Chromium does not do 192-bit AES.',
  },
  'header:alg=A256GCMKW': {
    title: 'A256GCMKW: AES-GCM key wrap with a 256-bit key',
    description:
      'The CEK is encrypted with a shared 256-bit AES key in GCM mode; the IV and the authentication tag of that step are the iv and tag header parameters.',
  },
  'header:alg=PBES2-HS256+A128KW': {
    title: 'PBES2-HS256+A128KW: password-based, then AES key wrap',
    description:
      'PBKDF2 with HMAC SHA-256 turns a password, the salt p2s and the count p2c into a 128-bit key, which wraps the CEK with AES Key Wrap.',
  },
  'header:alg=PBES2-HS384+A192KW': {
    title: 'PBES2-HS384+A192KW: password-based, then AES key wrap',
    description:
      'PBKDF2 with HMAC SHA-384 turns a password, the salt p2s and the count p2c into a 192-bit key, which wraps the CEK with AES Key Wrap. Chromium does not do 192-bit AES.',
  },
  'header:alg=PBES2-HS512+A256KW': {
    title: 'PBES2-HS512+A256KW: password-based, then AES key wrap',
    description:
      'PBKDF2 with HMAC SHA-512 turns a password, the salt p2s and the count p2c into a 256-bit key, which wraps the CEK with AES Key Wrap.',
  },

  // Content encryption: how the payload is encrypted with the CEK.
  'header:enc=A128CBC-HS256': {
    title: 'A128CBC-HS256: AES-128-CBC with HMAC SHA-256',
    description:
      'The payload is encrypted with AES-128 in CBC mode and authenticated with HMAC SHA-256, truncated to a 128-bit tag. The 256-bit CEK holds both keys; the IV is 128 bits.',
  },
  'header:enc=A192CBC-HS384': {
    title: 'A192CBC-HS384: AES-192-CBC with HMAC SHA-384',
    description:
      'AES-192 in CBC mode with HMAC SHA-384, truncated to a 192-bit tag, from a 384-bit CEK. Chromium does not do 192-bit AES.',
  },
  'header:enc=A256CBC-HS512': {
    title: 'A256CBC-HS512: AES-256-CBC with HMAC SHA-512',
    description:
      'The payload is encrypted with AES-256 in CBC mode and authenticated with HMAC SHA-512, truncated to a 256-bit tag. The 512-bit CEK holds both keys; the IV is 128 bits.',
  },
  'header:enc=A128GCM': {
    title: 'A128GCM: AES-128 in GCM mode',
    description:
      'The payload is encrypted and authenticated with AES-GCM and a 128-bit CEK, a 96-bit IV and a 128-bit tag. Never reuse an IV with the same key.',
  },
  'header:enc=A192GCM': {
    title: 'A192GCM: AES-192 in GCM mode',
    description:
      'AES-GCM with a 192-bit CEK, a 96-bit IV and a 128-bit tag. Chromium does not do 192-bit AES.',
  },
  'header:enc=A256GCM': {
    title: 'A256GCM: AES-256 in GCM mode',
    description:
      'The payload is encrypted and authenticated with AES-GCM and a 256-bit CEK, a 96-bit IV and a 128-bit tag. Never reuse an IV with the same key.',
  },
};
