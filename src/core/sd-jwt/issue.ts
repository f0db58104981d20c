/**
 * Issues an SD-JWT (RFC 9901 §4.2): a disclosure with a fresh 128-bit salt for each chosen
 * claim path (object members and array elements, at any depth: recursive where one path is
 * inside another), optional decoy digests, `_sd` digests sorted (§4.2.4.1 lets sorting hide
 * the order), `_sd_alg` when not sha-256, the issuer JWS signed with signCompact.
 */
import { encodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';
import { JwtDebuggerError } from '../errors';
import { signCompact } from '../jws/sign';
import { isJsonObject } from '../json/is-object';
import type { JsonPath } from '../json/types';
import { finding, type SdJwtCode, type SdJwtFinding } from './codes';
import { DEFAULT_SD_ALG, digestOf, SD_HASH_ALGORITHMS, type SdHashName } from './digest';
import { issueRefusals, type DecoySpec } from './issue-checks';

export type { DecoySpec } from './issue-checks';
export { SD_JWT_VC_NOT_DISCLOSABLE, isSdJwtVc } from './issue-checks';

export interface IssueInput {
  /** The issuer JWS's protected header; its `alg` signs. */
  readonly header: Readonly<Record<string, unknown>>;
  /** The claims, all plain: what the user typed. */
  readonly payload: unknown;
  /** The claims to make selectively disclosable, e.g. `['address']`, `['address', 'country']`, `['nationalities', 1]`. */
  readonly disclosable: readonly JsonPath[];
  /** Decoy digests: a count for the top level, or counts per object or array. */
  readonly decoys?: number | readonly DecoySpec[];
  readonly sdAlg?: SdHashName;
  readonly key?: CryptoKey;
  /** Where random bytes come from; crypto.getRandomValues unless a test says otherwise. */
  readonly randomBytes?: (length: number) => Uint8Array;
}

export interface IssuedDisclosure {
  /** The claim path as asked, in the payload as typed. */
  readonly path: JsonPath;
  readonly text: string;
  readonly digest: string;
  readonly salt: string;
  readonly name?: string;
  /** The disclosure's JSON array text, and its value's JSON text. */
  readonly json: string;
  readonly valueText: string;
}

export type IssueResult =
  | {
      readonly ok: true;
      /** `<JWS>~<Disclosure>~…~`. */
      readonly sdJwt: string;
      readonly jws: string;
      readonly signedPayload: Record<string, unknown>;
      /** The payload text as signed (JSON.stringify), for the `Signed payload` view. */
      readonly signedPayloadText: string;
      readonly disclosures: readonly IssuedDisclosure[];
    }
  | { readonly ok: false; readonly refusals: readonly SdJwtFinding[] };

/** A container's members keep their order; `_sd` goes first, as in RFC 9901's examples. */
function sdArray(object: Record<string, unknown>): string[] {
  if (Array.isArray(object._sd)) return object._sd as string[];
  const entries = Object.entries(object);
  for (const [key] of entries) delete object[key];
  object._sd = [];
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object._sd as string[];
}

function containerAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

class Issuer {
  constructor(
    private readonly hash: (typeof SD_HASH_ALGORITHMS)[SdHashName],
    private readonly randomBytes: (length: number) => Uint8Array,
  ) {}

  salt(): string {
    return encodeBase64url(this.randomBytes(16));
  }

  async disclose(root: Record<string, unknown>, path: JsonPath): Promise<IssuedDisclosure> {
    const container = containerAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    const value = container[key];
    const salt = this.salt();
    const valueText = JSON.stringify(value);
    const name = typeof key === 'string' ? key : undefined;
    const json = JSON.stringify(name === undefined ? [salt, value] : [salt, name, value]);
    const text = encodeBase64url(utf8Encode(json));
    const digest = await digestOf(text, this.hash);
    if (Array.isArray(container)) {
      // §4.2.4.2: the digest takes the element's place.
      container[key as number] = { '...': digest };
    } else {
      delete container[key];
      sdArray(container as Record<string, unknown>).push(digest);
    }
    return { path, text, digest, salt, ...(name === undefined ? {} : { name }), json, valueText };
  }

  async addDecoys(root: Record<string, unknown>, spec: DecoySpec): Promise<void> {
    const container = containerAt(root, spec.path);
    for (let i = 0; i < spec.count; i++) {
      // §4.2.5: a digest over a random value, with the same hash.
      const digest = await digestOf(this.salt(), this.hash);
      if (Array.isArray(container)) {
        const at = this.randomBytes(1)[0]! % (container.length + 1);
        container.splice(at, 0, { '...': digest });
      } else sdArray(container as Record<string, unknown>).push(digest);
    }
  }
}

function sortDigests(value: unknown): void {
  if (Array.isArray(value)) value.forEach(sortDigests);
  else if (isJsonObject(value)) {
    if (Array.isArray(value._sd)) (value._sd as string[]).sort();
    Object.values(value).forEach(sortDigests);
  }
}

/** Makes and signs an SD-JWT. Bad input is refused with codes; never throws for it. */
export async function issueSdJwt(input: IssueInput): Promise<IssueResult> {
  const sdAlg = input.sdAlg ?? DEFAULT_SD_ALG;
  const decoys: readonly DecoySpec[] =
    typeof input.decoys === 'number' ? [{ path: [], count: input.decoys }] : (input.decoys ?? []);
  const refusals = issueRefusals(input.header, input.payload, input.disclosable, decoys, sdAlg);
  if (refusals.length > 0) return { ok: false, refusals };
  const root = structuredClone(input.payload) as Record<string, unknown>;
  const issuer = new Issuer(
    SD_HASH_ALGORITHMS[sdAlg],
    input.randomBytes ?? ((length) => crypto.getRandomValues(new Uint8Array(length))),
  );

  // Deepest paths first, so a disclosure's value already holds the digests of those inside it;
  // decoys of a container once its own elements are done, before any disclosure holding it.
  const made = new Map<number, IssuedDisclosure>();
  const depth = Math.max(
    0,
    ...input.disclosable.map((path) => path.length),
    ...decoys.map((d) => d.path.length + 1),
  );
  for (let level = depth; level >= 1; level--) {
    for (const [index, path] of input.disclosable.entries()) {
      if (path.length === level) made.set(index, await issuer.disclose(root, path));
    }
    for (const spec of decoys)
      if (spec.path.length === level - 1) await issuer.addDecoys(root, spec);
    sortDigests(root);
  }
  if (sdAlg !== DEFAULT_SD_ALG) root._sd_alg = sdAlg;

  const disclosures = input.disclosable.map((_, index) => made.get(index)!);
  const signedPayloadText = JSON.stringify(root);
  try {
    const signed = await signCompact({
      header: JSON.stringify(input.header),
      payload: signedPayloadText,
      alg: input.header.alg as string,
      key: input.key,
    });
    const sdJwt = `${signed.token}~${disclosures.map((d) => `${d.text}~`).join('')}`;
    return {
      ok: true,
      sdJwt,
      jws: signed.token,
      signedPayload: root,
      signedPayloadText,
      disclosures,
    };
  } catch (error) {
    if (!(error instanceof JwtDebuggerError)) throw error;
    const code: SdJwtCode = 'ISSUE_SIGN_FAILED';
    return {
      ok: false,
      refusals: [finding(code, 'key', 'error', false, { detail: { signCode: error.code } })],
    };
  }
}
