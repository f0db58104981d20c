import type { LaterKey } from './en-later';
import type { KeySlot } from '../../core/debug/key-inputs';
import type { Part } from '../../core/diagnostics';

/**
 * The words every code of the core needs: a code without its message does not compile, here
 * nor in zh.ts, which must have every key this table has.
 */
type CodeMessages = Record<`part.name.${Part | KeySlot}`, string>;

/**
 * Every English string of the page, by key. `{name}` marks a value put in at run time.
 * zh.ts has the same keys (the type checker holds it to that).
 */
export const en = {
  'app.title': 'JWT Debugger',
  'app.tagline': 'Decode, verify and sign JSON Web Tokens. Nothing you paste leaves this page.',
  'app.skip': 'Skip to the token',
  'app.privacy':
    'Runs entirely in your browser with WebCrypto: no request is made with your token or keys.',

  'language.label': 'Language',
  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'examples.label': 'Examples',
  'examples.placeholder': 'Load an example…',
  'examples.loading': 'Loading the example…',
  'examples.failed': 'The example could not be loaded: choose it again to try again',

  'encoded.heading': 'Encoded',
  'encoded.label': 'Encoded token',
  'encoded.view': "The token's text, drawn where it is in view",
  'json.view': '{name}, drawn where it is in view',
  'encoded.placeholder': 'Paste a token (eyJ…)',
  'encoded.legend': 'The parts, separated by dots:',
  'encoded.legend.json':
    'A JWS in the JSON serialization: its parts are the members payload, protected and signature (or signatures).',
  'part.header': 'Header',
  'part.payload': 'Payload',
  'part.signature': 'Signature',
  'encoded.empty': 'Paste a JSON Web Token to decode it.',

  'decoded.heading': 'Decoded',
  'header.label': 'Header',
  'header.caption': 'Algorithm and token type',
  'payload.label': 'Payload',
  'payload.caption': 'Data: the claims',
  'payload.preview': 'Showing the first {shown} of {total} characters, read-only.',
  'payload.showAll': 'Show all to edit',
  'algorithm.label': 'Algorithm',
  'algorithm.other': '{alg} (not supported)',

  'key.heading.verify': 'Verify signature',
  'key.heading.sign': 'Key',
  'key.secret': 'Secret',
  'key.secretEncoding': 'Secret encoding',
  'key.encoding.utf8': 'UTF-8',
  'key.encoding.base64url': 'base64url',
  'key.encoding.base64': 'base64',
  'key.encoding.hex': 'hex',
  'key.publicKey': 'Public key',
  'key.privateKey': 'Private key',
  'key.secret.placeholder': 'The shared secret',
  'key.publicKey.placeholder': 'PEM (SPKI, PKCS#1, certificate) or JWK / JWK Set',
  'key.privateKey.placeholder': 'PEM (PKCS#8, PKCS#1, SEC1) or private JWK: needed to sign',
  'key.generate': 'Generate key',
  'key.generating': 'Generating…',
  'key.none': 'alg "none" uses no key: the token is not signed.',
  'key.unknownAlg': 'Choose a known algorithm to enter a key.',
  'key.publicDerived': 'Filled in from the private key.',
  'key.unsupported': '{alg} is not supported by this browser.',

  'verdict.label': 'Signature status',
  'verdict.verified': 'Signature verified',
  'verdict.invalid': 'Invalid signature',
  'verdict.VERIFIED':
    'The signature checks out with this {alg} key: the header and payload are exactly as the key holder signed them.',
  'verdict.SIGNATURE_MISMATCH':
    'The signature does not match this key: the token was signed with another key, or changed after signing.',
  'verdict.NO_KEY': 'Enter the secret to check the signature.',
  'verdict.NO_KEY.public': 'Paste the public key to check the signature.',
  'verdict.empty': 'Paste a token to check its signature.',
  'verdict.notRemade':
    'Not signed: the header and payload could not make a token (see the message above). The token shown is the last good one.',
  'verdict.pending': 'Checking…',
  'verdict.signature': 'Signature {number} of {count} in the JSON serialization.',

  'alert.heading': 'Cannot use this input',
  'part.name.token': 'Token',
  'part.name.header': 'Header',
  'part.name.payload': 'Payload',
  'part.name.signature': 'Signature',
  'part.name.key': 'Key',
  'part.name.secret': 'Secret',
  'part.name.publicKey': 'Public key',
  'part.name.privateKey': 'Private key',

  'claims.label': 'Claims',
  'claims.heading': 'Claims',
  'claims.column.name': 'Claim',
  'claims.column.value': 'Value',
  'claims.column.meaning': 'Meaning',
  'claims.none': 'The payload has no claims to show.',
  'headerParams.label': 'Header parameters',
  'headerParams.column.name': 'Parameter',
  'claims.cut': '… and {count} more characters (whole in the editor above).',
  'claims.source': 'Defined in {source}',
  'claims.private': 'Private claim',
  'claims.public': 'Public claim',

  'how.title': "How it's made",
  'how.intro': 'The encoded token, rebuilt step by step from its real values.',
  'how.loading': 'Loading…',
  'lints.heading': 'Security checks',
  'lints.none': 'No problems found by the checks below the signature (RFC 8725 best practices).',
  'lints.severity.danger': 'Danger',
  'lints.severity.warning': 'Warning',
  'lints.severity.info': 'Note',
  'lints.source': 'Source: {source}',
  'snippets.title': 'Verify it in your code',
  'snippets.intro': "Ready-to-copy code for this token's algorithm, issuer, audience and kid.",
  'snippets.title.jwe': 'Decrypt it in your code',
  'snippets.intro.jwe': "Ready-to-copy code that decrypts this token's alg and enc.",
  'snippets.intro.sd-jwt':
    'Ready-to-copy code that verifies this SD-JWT: issuer signature, disclosures, key binding.',
  'copy.label': 'Copy {what}',
  'copy.done': 'Copied',
  'copy.failed': 'Copy failed: select the text and copy it.',
  'share.button': 'Copy share link',
  'share.note': 'The link holds the token only, never the secret or keys.',
  'share.noteWithKey':
    'The link holds the token and the public key, never a secret or private key.',
  'share.includeKey': 'Include the public key',
  'share.keyRefused':
    'No link made: the Public key box holds no public key (a private key, a secret or other text), and that never goes into a link. Clear the box, or untick "Include the public key".',
  'share.label': 'Share link',
  'share.loaded': 'Opened the token from the link.',
  'examples.other': 'Example {id}',
  'verdict.headline.none': 'Not verified',

  // Session 3: the token reader, typed codes, the view model.
  'part.encrypted-key': 'Encrypted key',
  'part.iv': 'Initialization vector',
  'part.ciphertext': 'Ciphertext',
  'part.tag': 'Authentication tag',
  'part.name.encrypted-key': 'Encrypted key',
  'part.name.iv': 'Initialization vector',
  'part.name.ciphertext': 'Ciphertext',
  'part.name.tag': 'Authentication tag',
  'part.name.disclosure': 'Disclosure',
  'part.name.kb-jwt': 'Key-binding JWT',
  'verdict.malformed':
    'No signature to check: the token cannot be decoded (see the message above).',
  'load.failed': 'A part of the page could not be loaded: {what}.',
  'load.retry': 'Try again',
  'share.failed': 'The link could not be copied to the clipboard: select it below and copy it.',
  'key.generateFailed': 'No key was generated: {reason}',
  'part.disclosure': 'Disclosure',
  'part.kb-jwt': 'Key-binding JWT',
  'kind.sd-jwt': 'the SD-JWT panels',
  'kind.jws-json': 'the JSON serialization panels',
  'encoded.toJson': 'Convert to JSON serialization',
  'kind.jwe': 'the JWE panels',
  'claims.disclosed': 'disclosed',
  'claims.alwaysVisible': 'always visible',
  'panes.exact': 'Show the exact bytes of the token (not laid out)',
  // The punctuation the page puts between words it joins: full-width in Chinese.
  'punct.colon': ': ',
  'punct.comma': ', ',
  'punct.semicolon': '; ',
  'punct.aside': '{text} ({aside})',
} as const satisfies CodeMessages & Readonly<Record<string, string>>;

/** The words of the first screen; the rest are in en-later.ts, loaded after the first paint. */
export type StartKey = keyof typeof en;
export type Messages = Readonly<Record<StartKey, string>>;
export type MessageKey = StartKey | LaterKey;
