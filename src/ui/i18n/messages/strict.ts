/**
 * Messages for issue 14 (strict where the standards are strict, forgiving where people paste):
 * every code the core gained for it, in English here and in Simplified Chinese in strict.zh.ts
 * (its own module, so the Chinese loads with zh.ts and not in the page's start bundle). en.ts
 * and zh.ts spread these tables into theirs, so the keys are ordinary message keys.
 *
 * These are the codes the page's own tables must word (en.ts's CodeMessages, and what the
 * components already look up); the notes for beside the verdict and the key boxes, which no
 * component shows yet, are a feature table of their own (strict-notes.ts), off the start bundle.
 */
import type { NumericDateProblem } from '../../../core/claims/time';
import type { CritCode } from '../../../core/jws/crit';
import type { UnencodedCode } from '../../../core/jws/unencoded';
import type { PassOverReason } from '../../../core/keys/jwk-select';
import type { PublicKeyTextFormat } from '../../../core/lints/public-key-text';

/** Pass-over reasons the table of en.ts did not have before. */
type NewPassOverReason = Exclude<
  PassOverReason,
  'kid-differs' | 'alg-differs' | 'kty-differs' | 'curve-differs'
>;

export type StrictMessageKey =
  | 'diag.BASE64URL_NOT_CANONICAL'
  | `diag.${UnencodedCode}`
  | 'diag.SIGN_UNENCODED_PAYLOAD_DOT'
  | `verdict.${CritCode | 'PAYLOAD_UNENCODED_DOT'}`
  | 'verdict.VERIFIED.detached'
  | 'keyerr.KEY_UNSUPPORTED_TYPE'
  | `jwks.reason.${NewPassOverReason}`
  | 'facts.okp'
  | `time.problem.${NumericDateProblem}`
  | 'lint.key-roca'
  | 'lint.time-claim-string'
  | 'lint.exp-before-iat'
  | 'lint.crit.reason.b64-not-boolean'
  | `lint.keyFormat.${PublicKeyTextFormat}`;

export const strictEn = {
  'diag.BASE64URL_NOT_CANONICAL':
    'not canonical base64url: the last character "{char}" (position {offset}) has unused bits set; "…{found}" stands for the same bytes as the canonical "…{canonicalEnd}" (RFC 4648 §3.5). Refused.',
  'diag.PAYLOAD_UNENCODED':
    'b64 is false (RFC 7797): the payload part is the payload itself, shown as text, not decoded.',
  'diag.PAYLOAD_UNENCODED_DOT':
    'the unencoded payload (b64: false) has a dot at position {offset}, which a compact token cannot carry (RFC 7797 §5.2). Refused.',
  'diag.PAYLOAD_UNENCODED_UNSAFE_CHAR':
    '"{char}" at position {offset}: a compact unencoded payload should be printable ASCII (RFC 7797 §5.2).',
  'diag.HEADER_B64_NOT_CRITICAL':
    'b64 is false but "crit" does not list "b64": it is ignored and the payload read as base64url (RFC 7797 §6).',
  'diag.SIGN_UNENCODED_PAYLOAD_DOT':
    'with b64 false the payload goes into the token as it is, and a compact token cannot carry its dot at position {offset} (RFC 7797 §5.2).',
  'verdict.CRIT_MALFORMED':
    'Rejected: "crit" must be a non-empty list of header parameter names (RFC 7515 §4.1.11).',
  'verdict.CRIT_REGISTERED':
    'Rejected: "crit" lists "{name}", which RFC 7515 defines and forbids listing (§4.1.11).',
  'verdict.CRIT_ABSENT':
    'Rejected: "crit" lists "{name}", which is not in the header (RFC 7515 §4.1.11).',
  'verdict.CRIT_NOT_UNDERSTOOD':
    'Rejected: "crit" says "{name}" must be understood, and this page does not implement it, so the token must be refused (RFC 7515 §4.1.11), as jose does.',
  'verdict.CRIT_DUPLICATE': 'Rejected: "crit" lists "{name}" more than once (RFC 7515 §4.1.11).',
  'verdict.CRIT_B64_NOT_BOOLEAN':
    'Rejected: "crit" lists "b64", whose value must be true or false (RFC 7797 §3).',
  'verdict.PAYLOAD_UNENCODED_DOT':
    'Rejected: a compact token cannot carry an unencoded payload (b64: false) with a dot (RFC 7797 §5.2).',
  'verdict.VERIFIED.detached':
    'The signature checks out with this {alg} key over the detached payload given.',
  'keyerr.KEY_UNSUPPORTED_TYPE':
    '{alg} needs an {expected} key; this key (OID {oid}) is of a type no JWS algorithm uses.',
  'jwks.reason.use-differs': 'its "use" is not for this',
  'jwks.reason.alg-missing': 'no alg, which an ML-DSA key must have',
  'jwks.reason.key-ops-lack': 'its key_ops do not allow this',
  'facts.okp': '{curve}',
  'time.problem.not-a-number':
    'Not a NumericDate: a JSON number of seconds is needed (RFC 7519 §2).',
  'time.problem.numeric-string':
    'Not a NumericDate: a string of digits, where RFC 7519 §2 wants a JSON number.',
  'time.problem.not-finite': 'Not a NumericDate: the number is too large to be finite.',
  'lint.key-roca':
    'The public key has the ROCA fingerprint (CVE-2017-15361): anyone can compute its private key and forge tokens that verify. Replace it.',
  'lint.time-claim-string':
    '{claim} is the string "{value}", not a number (RFC 7519 §2: a NumericDate is a JSON number). jose rejects it; PyJWT 2.6 takes digits in exp or nbf and fails on other strings: services disagree.',
  'lint.exp-before-iat':
    'exp is {seconds} seconds before iat (or equal): the token was expired when issued.',
  'lint.crit.reason.b64-not-boolean': 'b64 that is not true or false',
  'lint.keyFormat.pem-public-key': 'a PEM public key',
  'lint.keyFormat.pem-certificate': 'a PEM certificate',
  'lint.keyFormat.jwk': 'a public JWK',
  'lint.keyFormat.jwk-set': 'a JWK Set of public keys',
  'lint.keyFormat.openssh-public-key': 'an OpenSSH public key',
  'lint.keyFormat.bare-base64': 'a public key in base64 without its PEM lines',
} as const satisfies Record<StrictMessageKey, string>;
