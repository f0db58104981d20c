/**
 * Reads the compact serialization of an SD-JWT or SD-JWT+KB (RFC 9901 §4):
 * `<Issuer-signed JWT>~<Disclosure 1>~…~<Disclosure N>~[<KB-JWT>]`. Never throws for bad
 * input: every problem is a finding, and every part keeps its offset for colouring. Reads the
 * token as token/clean.ts leaves it; offsets count in that text (its map leads back).
 */
import { parseCompact, type ParsedToken } from '../jws/parse';
import { isJsonObject } from '../json/is-object';
import { finding, type SdJwtFinding } from './codes';
import { decodeDisclosure, type Disclosure } from './disclosure';
import { isSdJwtVc } from './vc-claims';

export interface KbJwtPart {
  readonly text: string;
  /** Offset in the token; the offsets inside `parsed` count from here. */
  readonly start: number;
  readonly parsed: ParsedToken;
}

export interface ParsedSdJwt {
  readonly token: string;
  /** The issuer-signed JWT, at the start of the token. */
  readonly jws: ParsedToken;
  readonly jwsText: string;
  readonly disclosures: readonly Disclosure[];
  readonly kbJwt?: KbJwtPart;
  /**
   * The Issuer-signed JWT, `~`, and each disclosure followed by `~`: the text `sd_hash` is
   * taken over (§4.3.1), exactly as it appears in the token.
   */
  readonly sdJwt: string;
  readonly issuerPayload?: Readonly<Record<string, unknown>>;
  readonly findings: readonly SdJwtFinding[];
}

function checkIssuerJws(jws: ParsedToken, findings: SdJwtFinding[]): ParsedSdJwt['issuerPayload'] {
  if (jws.kind !== 'jws' || !jws.header || !jws.payload?.isJson || !jws.signature) {
    findings.push(finding('SD_JWT_ISSUER_JWS_MALFORMED', 'token', 'error', true));
    return undefined;
  }
  // §4.1: the Issuer-signed JWT MUST be signed, never with `none`.
  if (jws.alg === 'none') findings.push(finding('SD_JWT_ISSUER_ALG_NONE', 'header', 'error', true));
  if (!isJsonObject(jws.payload.json)) {
    findings.push(finding('SD_JWT_PAYLOAD_NOT_OBJECT', 'payload', 'error', true));
    return undefined;
  }
  // An SD-JWT VC names its type in a string `vct`, which MUST NOT be disclosable: in the payload.
  const header = jws.protectedHeader;
  if (isJsonObject(header) && isSdJwtVc(header) && typeof jws.payload.json.vct !== 'string')
    findings.push(finding('SD_JWT_VC_NO_VCT', 'payload', 'warning', false));
  return jws.payload.json;
}

/** Splits and decodes an SD-JWT; call `processSdJwt` for RFC 9901 §7.1 on the result. */
export function parseSdJwt(token: string): ParsedSdJwt {
  const findings: SdJwtFinding[] = [];
  const parts = token.split('~');
  const jwsText = parts[0]!;
  const jws = parseCompact(jwsText);
  const issuerPayload = checkIssuerJws(jws, findings);
  if (parts.length === 1) {
    findings.push(finding('SD_JWT_NO_TILDE', 'token', 'error', true));
    return {
      token,
      jws,
      jwsText,
      disclosures: [],
      sdJwt: token,
      issuerPayload,
      findings,
    };
  }

  const last = parts[parts.length - 1]!;
  const lastStart = token.length - last.length;
  let kbJwt: KbJwtPart | undefined;
  const disclosureTexts = parts.slice(1, -1);
  if (last.includes('.')) {
    kbJwt = { text: last, start: lastStart, parsed: parseCompact(last) };
  } else if (last !== '') {
    // §4: without a KB-JWT the last part is empty; the last separating `~` MUST NOT be omitted.
    findings.push(
      finding('SD_JWT_TRAILING_TILDE_MISSING', 'token', 'error', true, {
        offset: token.length,
      }),
    );
    disclosureTexts.push(last);
  }

  const disclosures: Disclosure[] = [];
  const seen = new Map<string, number>();
  let at = jwsText.length + 1;
  for (const text of disclosureTexts) {
    if (text === '') {
      findings.push(finding('SD_JWT_EMPTY_DISCLOSURE', 'token', 'error', true, { offset: at }));
    } else {
      const index = disclosures.length;
      const earlier = seen.get(text);
      if (earlier !== undefined) {
        // §4: a Holder MUST NOT send a disclosure more than once.
        findings.push(
          finding('DISCLOSURE_REPEATED', 'disclosure', 'error', true, {
            disclosure: index,
            offset: at,
            detail: { first: earlier },
          }),
        );
      } else seen.set(text, index);
      disclosures.push(decodeDisclosure(text, index, at, findings));
    }
    at += text.length + 1;
  }
  const sdJwt = kbJwt
    ? token.slice(0, token.length - last.length)
    : token.slice(0, token.lastIndexOf('~') + 1);
  return {
    token,
    jws,
    jwsText,
    disclosures,
    kbJwt,
    sdJwt,
    issuerPayload,
    findings,
  };
}
