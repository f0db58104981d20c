/**
 * What the page shows, as data: derive.ts computes it, the components render it. Words are
 * not here: messages are codes with their facts, put into English or Chinese by the page.
 */
import type { JwsAlgorithm } from '../algorithms';
import type { ClaimsTable } from '../claims/table';
import type { Diagnostic, Part } from '../diagnostics';
import type { JweCode, JweDiagnosticCode } from '../jwe/codes';
import type { ValidityNote } from '../claims/validity';
import type { KeyReport, KeyReports, KeySlot } from '../debug/key-inputs';
import type { KeyNote } from '../keys/notes';
import type { JsonNumberNote } from '../json/types';
import type { ParsedToken } from '../jws/parse';
import type { Verdict } from '../jws/verify';
import type { CandidateVerdict } from '../jws/verify-candidates';
import type { SecretEncoding } from '../keys/secret';
import type { Lint } from '../lints/types';
import type { JwsJsonFinding } from '../jws/json-codes';
import type { SdJwtFinding } from '../sd-jwt/codes';
import type { Token } from '../token/read';
import type { JweView } from './kinds/jwe';
import type { JwsJsonView } from './kinds/jws-json';
import type { SdJwtView } from './kinds/sd-jwt';
import type { IssueView } from './kinds/sd-jwt-issue';
import type { Leading } from './inputs';
import type { LearnView } from './learn';

export type KeyFailure = Extract<KeyReport, { ok: false }>;

/** One line of the alert or of the notices. */
export type Message =
  | { readonly source: 'diagnostic'; readonly diagnostic: Diagnostic }
  | { readonly source: 'key'; readonly report: KeyFailure }
  /** The header's bytes (or the payload's) differ from the pasted token's, re-encoded. */
  | { readonly source: 'reencoded'; readonly part: 'header' | 'payload' }
  | { readonly source: 'large'; readonly megabytes: string }
  /** SD-JWT: a finding of RFC 9901's processing (those that reject the SD-JWT in the alert). */
  | { readonly source: 'sd-jwt'; readonly finding: SdJwtFinding }
  | { readonly source: 'jws-json'; readonly finding: JwsJsonFinding }
  /** JWE: a finding of its reading, a key that cannot be used, or why no JWE was made. */
  | {
      readonly source: 'jwe';
      readonly code: JweDiagnosticCode | JweCode;
      readonly part: Part;
      readonly detail: Readonly<Record<string, string | number | boolean>>;
    };

export type VerdictView =
  /** No token to check. */
  | { readonly state: 'empty' }
  /** The result for exactly these inputs has not arrived yet. */
  | { readonly state: 'pending' }
  /** Verified with these inputs: `verdict.status` says how it went. */
  | {
      readonly state: 'checked';
      readonly verdict: Verdict;
      /** An HMAC secret that verifies when read in another encoding. */
      readonly hint?: SecretEncoding;
      /** Several keys of a JWK Set fitted: which verified. */
      readonly candidates?: CandidateVerdict;
    }
  /**
   * The token does not decode (a part that is not base64url, a header that is not a JSON
   * object): neither verdict phrase. `textVerifies`, once known: the signature matches the
   * text even so, which no conforming verifier accepts.
   */
  | { readonly state: 'malformed'; readonly textVerifies?: boolean }
  /** The header and payload lead and could not make a token: the token shown is not theirs. */
  | { readonly state: 'not-made' }
  /**
   * An encrypted token without a signature to judge: its content needs the decryption key
   * (`locked`), or it decrypted to content that is not a JWS (`unsigned`).
   */
  | { readonly state: 'encrypted'; readonly content: 'locked' | 'unsigned' }
  /** The work for these inputs failed unexpectedly; the error says how. */
  | { readonly state: 'failed'; readonly error: string };

export interface PaneView {
  /** The text the box shows. */
  readonly text: string;
  readonly invalid: boolean;
  /** A large payload shows its start only, read-only, until the user asks for all of it. */
  readonly preview?: {
    readonly shown: number;
    readonly total: number;
    /** All of it, for the copy button. */
    readonly whole: string;
  };
}

export interface KeysView {
  /** The alg entry the key boxes are for: the shown header's alg, when the page knows it. */
  readonly entry: JwsAlgorithm | undefined;
  /** What each box holds, for exactly the current key texts; undefined while pending. */
  readonly reports: KeyReports | undefined;
  /** The Public key box's text: what the user typed, else the private key's public half. */
  readonly publicKey: string;
  readonly publicDerived: boolean;
  /** What each key box's key says beside its facts (repairs, JWK Set choices, dangers). */
  readonly notes: readonly { readonly slot: KeySlot; readonly note: KeyNote }[];
}

export interface ClaimsView {
  readonly value: unknown;
  readonly numbers: readonly JsonNumberNote[];
  /** SD-JWT: the top-level claims that came from a disclosure (the rest are always visible). */
  readonly disclosed?: readonly string[];
}

/** What a kind of token shows beyond the panes and the verdict (core/view/kinds/). */
export type KindView = SdJwtView | JwsJsonView | JweView;

/** A part of the token as drawn in the token box (ui-contract.md: `data-part`). */
export type TokenPartName =
  | 'header'
  | 'payload'
  | 'signature'
  | 'encrypted-key'
  | 'iv'
  | 'ciphertext'
  | 'tag'
  | 'disclosure'
  | 'kb-jwt';

export interface TokenPart {
  readonly name: TokenPartName | undefined;
  /** Offsets in the token box's text (as typed), end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface ViewModel {
  readonly leading: Leading;
  readonly tokenText: string;
  /** The token shown, read: its parts for colouring, the characters to mark. */
  readonly token: Token;
  /** The parts in the token box's text, in order; undefined names are parts too many. */
  readonly parts: readonly TokenPart[];
  /** The legend under the token box: the part names this kind of token has. */
  readonly partNames: readonly TokenPartName[];
  readonly marks: readonly number[];
  readonly tokenInvalid: boolean;
  readonly header: PaneView;
  readonly payload: PaneView;
  /** The alg the header names, known to the page or not. */
  readonly alg: string | undefined;
  /** The header shown is a JWE's (it has an `enc`): its alg is a key-management one. */
  readonly encrypted: boolean;
  readonly keys: KeysView;
  readonly verdict: VerdictView;
  /** Expired, not yet valid, or a time claim that cannot be judged: said beside the verdict. */
  readonly validity: readonly ValidityNote[];
  /** The payload segment is empty: the payload may be detached (RFC 7515 Appendix F). */
  readonly detached: boolean;
  /** Why the leading side or a key cannot be used: the alert's lines. */
  readonly problems: readonly Message[];
  readonly notices: readonly Message[];
  /**
   * The security checks, once their module has loaded (undefined before); null where there is
   * no signed token to check: a JWE whose content is not a JWS, text that does not decode.
   */
  readonly lints: readonly Lint[] | null | undefined;
  readonly claims: ClaimsView | undefined;
  readonly headerParameters: ClaimsView | undefined;
  /** Their tables' rows, once the module that makes them has loaded (after the first paint). */
  readonly tables:
    | { readonly claims: ClaimsTable | undefined; readonly header: ClaimsTable | undefined }
    | undefined;
  /** The kind's own part, for an SD-JWT or a JWS JSON serialization. */
  readonly kind: KindView | undefined;
  /** SD-JWT issuing while the header and payload lead: the claims to make disclosable. */
  readonly issue: IssueView | undefined;
  /** The token shown as parsed, for the learning view and the snippets. */
  readonly parsed: ParsedToken | undefined;
  /** What the learning views show for the token on screen (learn.ts). */
  readonly learn: LearnView | undefined;
}
