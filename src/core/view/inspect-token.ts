/**
 * One inspection per kind of token (design.md: a kind adds its own inspector here and its
 * code in its own folder, loaded as a chunk of its own when such a token first comes).
 */
import { inspectParsed, type Inspection } from '../debug/inspect';
import type { KeyInputs } from '../debug/key-inputs';
import type { JweInspection } from '../jwe/inspect';
import type { JwsJsonInspection } from '../jws/json-inspect';
import { parseCompact } from '../jws/parse';
import type { SdJwtInspection } from '../sd-jwt/inspect';
import type { Token } from '../token/read';
import { Chunks } from './chunks';

/** What a kind learns beyond the signature verdict; depends on the token text, and the keys. */
export type KindInspection = SdJwtInspection | JwsJsonInspection | JweInspection;

export interface TokenInspection {
  /**
   * The verdict on the signature the page judges, with the key boxes read for it; none for a
   * JWE until it decrypts to a nested JWS.
   */
  readonly inspection?: Inspection;
  readonly extra?: KindInspection;
}

export async function inspectToken(
  token: Exclude<Token, { kind: 'empty' }>,
  keys: KeyInputs,
  chunks = new Chunks(),
): Promise<TokenInspection> {
  switch (token.kind) {
    case 'jws':
      return { inspection: await inspectParsed(token.jws, keys, undefined, chunks) };
    case 'jwe': {
      const { inspectJwe } = await chunks.jwe.get();
      return inspectJwe(token.cleaned.text, keys, chunks);
    }
    case 'sd-jwt': {
      const [inspection, extra] = await Promise.all([
        inspectParsed(token.jws, keys, undefined, chunks),
        chunks.sdJwt.get().then(({ inspectSdJwt }) => inspectSdJwt(token.cleaned.text)),
      ]);
      return { inspection, extra };
    }
    case 'jws-json': {
      const { inspectJwsJson, chosenSignature } = await chunks.jwsJson.get();
      let extra = await inspectJwsJson(token.cleaned.text, keys, chunks);
      if (extra.parsed.sdJwt)
        extra = { ...extra, ...(await (await chunks.sdJwt.get()).inspectJsonSdJwt(extra.parsed)) };
      const inspection =
        extra.signatures[chosenSignature(extra)] ??
        (await inspectParsed(parseCompact(''), keys, undefined, chunks));
      return { inspection, extra };
    }
  }
}
