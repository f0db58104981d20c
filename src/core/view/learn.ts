/**
 * What the learning views ("How it's made", the code snippets) show, for the token on screen:
 * a JWS rebuilt, a JWE's steps with the values known for the current inputs, an SD-JWT's
 * disclosures. The steps themselves are computed by the views' own chunks from this data.
 */
import type { JweValues } from '../jwe/decrypt';
import type { JweInspection } from '../jwe/inspect';
import type { ParsedJwe } from '../jwe/parse';
import type { ParsedToken } from '../jws/parse';
import type { SdJwtInspection } from '../sd-jwt/inspect';
import type { KindInspection } from './inspect-token';
import type { Result } from './jobs';
import { shownEncoding, type Plan } from './plan';

export type LearnView =
  | { readonly kind: 'jws'; readonly parsed: ParsedToken }
  | {
      readonly kind: 'jwe';
      /** The token read in full; undefined until its reading has come. */
      readonly jwe: ParsedJwe | undefined;
      /**
       * The CEK and the values derived from it, for the current inputs: the decryption with
       * the key given, or the page's own encryption of the panes. Else only the token's text.
       */
      readonly values: JweValues | undefined;
      readonly known: 'decrypted' | 'encrypted' | 'unknown';
      /** The nested JWS the content decrypted to, for its own steps. */
      readonly inner: ParsedToken | undefined;
    }
  | {
      readonly kind: 'sd-jwt';
      /** The issuer-signed JWT, rebuilt as any JWS. */
      readonly issuer: ParsedToken | undefined;
      /** Its disclosures and KB-JWT; undefined until processed. */
      readonly sdJwt: SdJwtInspection | undefined;
    };

/**
 * A kind's reading of this exact text, from any result (an inspection, or the encoding that
 * made it): what depends on the text alone holds whatever the keys.
 */
function readingOf<K extends KindInspection['kind']>(
  results: readonly Result[],
  text: string,
  kind: K,
): Extract<KindInspection, { kind: K }> | undefined {
  for (const { job, outcome } of results) {
    const extra =
      job.kind === 'inspect' && job.token === text && outcome.kind === 'inspect'
        ? outcome.extra
        : outcome.kind === 'encode' && outcome.encoding.ok && outcome.encoding.token === text
          ? outcome.encoding.inspected.extra
          : undefined;
    if (extra?.kind === kind) return extra as Extract<KindInspection, { kind: K }>;
  }
  return undefined;
}

function jweLearn(p: Plan, results: readonly Result[]): LearnView {
  const { shown, stage } = p;
  const current =
    stage.kind === 'inspected' && stage.extra?.kind === 'jwe' ? stage.extra : undefined;
  const jwe = (current ?? readingOf(results, shown.given, 'jwe'))?.parsed;
  const decrypted = current?.decryption.status === 'decrypted' ? current.decryption : undefined;
  const encrypted = shownEncoding(p)?.values;
  return {
    kind: 'jwe',
    jwe,
    values: decrypted?.values ?? encrypted,
    known: decrypted ? 'decrypted' : encrypted ? 'encrypted' : 'unknown',
    inner: (current as JweInspection | undefined)?.inner,
  };
}

/** `panes`: the JWS the panes show (for an SD-JWT, the issuer-signed JWT). */
export function learnView(
  p: Plan,
  results: readonly Result[],
  panes: ParsedToken | undefined,
): LearnView | undefined {
  const { shown, stage } = p;
  switch (shown.kind) {
    case 'jws':
      return panes && { kind: 'jws', parsed: panes };
    case 'jwe':
      return jweLearn(p, results);
    case 'sd-jwt': {
      const current =
        stage.kind === 'inspected' && stage.extra?.kind === 'sd-jwt' ? stage.extra : undefined;
      return {
        kind: 'sd-jwt',
        issuer: panes,
        sdJwt: current ?? readingOf(results, shown.given, 'sd-jwt'),
      };
    }
    case 'jws-json': {
      // An SD-JWT in the JSON serialization is made as the compact one is: its steps.
      const sdJwt = readingOf(results, shown.given, 'jws-json')?.sdJwt;
      return sdJwt && { kind: 'sd-jwt', issuer: panes, sdJwt };
    }
    default:
      return undefined;
  }
}
