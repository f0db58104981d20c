import { KeyChunks } from '../debug/key-inputs';
import { Lazy } from '../lazy';

/**
 * The chunks the jobs load when first needed, each imported once per holder (core/lazy.ts;
 * useDebugger keeps one per page, a caller that passes none gets a fresh one). Without it a key
 * pasted for a JWE started its decryption after the frame that paste painted, and a token
 * pasted beside a public key its verification, a frame or two late (docs/performance.md).
 */
export class Chunks extends KeyChunks {
  readonly jwe = new Lazy(() => import('../jwe/inspect'));
  readonly sdJwt = new Lazy(() => import('../sd-jwt/inspect'));
  readonly jwsJson = new Lazy(() => import('../jws/json-inspect'));
  readonly encodePanes = new Lazy(() => import('./encode-panes'));
  readonly encode = new Lazy(() => import('../debug/encode'));
  readonly issuePanes = new Lazy(() => import('./issue-panes'));
  readonly encryptPanes = new Lazy(() => import('../jwe/encrypt-panes'));
  readonly signThenEncrypt = new Lazy(() => import('../jwe/sign-then-encrypt'));
}
