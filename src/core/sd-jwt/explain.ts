/**
 * "How it's made" for SD-JWT: a disclosure from salt, name and value to its digest
 * (RFC 9901 §4.2.1-§4.2.4), and `sd_hash` over a presentation (§4.3.1), with the real values.
 */
import { bytesToHex } from '../encoding/hex';
import { encodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';
import type { JsonPath } from '../json/types';
import { digestOf, SD_HASH_ALGORITHMS, type SdHashName } from './digest';

export interface DisclosureSteps {
  readonly salt: string;
  /** Absent for an array element (§4.2.2), whose array has two elements. */
  readonly name?: string;
  readonly valueText: string;
  /** Step 1: the JSON array [salt, name, value] or [salt, value], as the disclosure holds it. */
  readonly array: string;
  /** Step 2: its UTF-8 bytes, in hex, and how many. */
  readonly utf8Hex: string;
  readonly utf8Length: number;
  /** Step 3: base64url of those bytes: the disclosure. */
  readonly disclosure: string;
  /** Step 4: hash over the US-ASCII of the disclosure (not the bytes it encodes), base64url. */
  readonly sdAlg: SdHashName;
  readonly digest: string;
  /** Step 5: where the digest goes: in `_sd` of the object at `path`, or as `{"...": digest}` at `path`. */
  readonly placement?: { readonly kind: 'object' | 'array'; readonly path: JsonPath };
}

/** Hex of at most this many bytes: a long value would flood the learning view. */
const HEX_LIMIT = 512;

async function steps(
  array: string,
  parts: { salt: string; name?: string; valueText: string },
  sdAlg: SdHashName,
  placement: DisclosureSteps['placement'],
): Promise<DisclosureSteps> {
  const bytes = utf8Encode(array);
  const disclosure = encodeBase64url(bytes);
  return {
    ...parts,
    array,
    utf8Hex: bytesToHex(bytes.subarray(0, HEX_LIMIT)),
    utf8Length: bytes.length,
    disclosure,
    sdAlg,
    digest: await digestOf(disclosure, SD_HASH_ALGORITHMS[sdAlg]),
    ...(placement ? { placement } : {}),
  };
}

/** A disclosure being made now: the array is written as JSON.stringify writes it. */
export function makeDisclosureSteps(input: {
  readonly salt: string;
  readonly name?: string;
  readonly value: unknown;
  readonly sdAlg?: SdHashName;
}): Promise<DisclosureSteps> {
  const { salt, name, value } = input;
  const array = JSON.stringify(name === undefined ? [salt, value] : [salt, name, value]);
  const valueText = JSON.stringify(value);
  return steps(
    array,
    { salt, ...(name === undefined ? {} : { name }), valueText },
    input.sdAlg ?? 'sha-256',
    undefined,
  );
}

/**
 * The steps of a disclosure found in a token, with its own JSON text: white space and escapes
 * as the issuer wrote them, which is why the digest holds (§4.2.1: no canonical form).
 */
export function disclosureStepsOf(
  disclosure: {
    readonly json?: string;
    readonly salt?: string;
    readonly name?: string;
    readonly valueText?: string;
    readonly path?: JsonPath;
  },
  sdAlg: SdHashName,
): Promise<DisclosureSteps> | undefined {
  const { json, salt, name, valueText, path } = disclosure;
  if (json === undefined || salt === undefined || valueText === undefined) return undefined;
  const placement = path
    ? ({
        kind: typeof path.at(-1) === 'number' ? 'array' : 'object',
        path: path.slice(0, -1),
      } as const)
    : undefined;
  return steps(
    json,
    { salt, ...(name === undefined ? {} : { name }), valueText },
    sdAlg,
    placement,
  );
}

export interface SdHashSteps {
  /** The Issuer-signed JWT, `~`, each disclosure and `~`: exactly what is hashed. */
  readonly input: string;
  readonly sdAlg: SdHashName;
  readonly sdHash: string;
}

/** §4.3.1: the `sd_hash` a KB-JWT must hold for the SD-JWT `sdJwt` (ending in `~`). */
export async function sdHashSteps(sdJwt: string, sdAlg: SdHashName): Promise<SdHashSteps> {
  return { input: sdJwt, sdAlg, sdHash: await digestOf(sdJwt, SD_HASH_ALGORITHMS[sdAlg]) };
}
