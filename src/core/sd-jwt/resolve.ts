/**
 * RFC 9901 §7.1 step 3: puts each referenced disclosure in its place, recursively, and notes
 * every failure the section lists. Synchronous: the digests are computed beforehand.
 */
import { isJsonObject } from '../json/is-object';
import type { JsonPath } from '../json/types';
import { finding, type SdJwtCode, type SdJwtFinding } from './codes';
import type { Disclosure } from './disclosure';

/** Where a claim of the disclosed payload came from. */
export interface ClaimOrigin {
  readonly path: JsonPath;
  /** True when the claim, or an object or array holding it, was hidden behind a digest. */
  readonly disclosed: boolean;
  /** The nearest disclosure at or above the claim. */
  readonly disclosure?: number;
}

/**
 * A digest with no disclosure here: a decoy (§4.2.5), or a claim the holder did not disclose.
 * A verifier cannot tell which; neither is an error (§7.1 step 3.c.i).
 */
export interface DecoyDigest {
  readonly digest: string;
  readonly kind: 'object' | 'array';
  /** The object (its `_sd`) or array holding the digest, in the disclosed payload. */
  readonly path: JsonPath;
  /** The disclosure whose value holds the digest; absent for the issuer payload itself. */
  readonly in?: number;
}

export interface Resolution {
  readonly payload: Record<string, unknown>;
  readonly referenced: readonly boolean[];
  readonly paths: readonly (JsonPath | undefined)[];
  /** For each disclosure, the disclosure holding its digest (undefined: the issuer payload). */
  readonly parents: readonly (number | undefined)[];
  readonly claims: readonly ClaimOrigin[];
  readonly decoys: readonly DecoyDigest[];
  readonly findings: readonly SdJwtFinding[];
}

/** Disclosures may nest other disclosures: bounded so hostile input cannot exhaust the stack. */
const MAX_DEPTH = 512;

/** `out[key] = value`, without `__proto__` setting the prototype (as parseJson does). */
function setMember(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else out[key] = value;
}

class Resolver {
  readonly referenced: boolean[];
  readonly paths: (JsonPath | undefined)[];
  readonly parents: (number | undefined)[];
  readonly claims: ClaimOrigin[] = [];
  readonly decoys: DecoyDigest[] = [];
  readonly findings: SdJwtFinding[] = [];
  private readonly seen = new Set<string>();
  private tooDeep = false;

  constructor(
    private readonly disclosures: readonly Disclosure[],
    private readonly byDigest: ReadonlyMap<string, number>,
  ) {
    this.referenced = disclosures.map(() => false);
    this.paths = disclosures.map(() => undefined);
    this.parents = disclosures.map(() => undefined);
  }

  private reject(code: SdJwtCode, path: JsonPath, via: number | undefined, detail = {}): void {
    const part = via === undefined ? 'payload' : 'disclosure';
    this.findings.push(finding(code, part, 'error', true, { path, disclosure: via, detail }));
  }

  /** One embedded digest (§7.1 step 3.b): its disclosure, or undefined for a decoy or a repeat. */
  private embedded(
    digest: string,
    kind: DecoyDigest['kind'],
    path: JsonPath,
    via: number | undefined,
  ): Disclosure | undefined {
    if (this.seen.has(digest)) {
      // §7.1 step 4: a digest found twice rejects the SD-JWT.
      this.reject('DIGEST_REPEATED', path, via, { digest });
      return undefined;
    }
    this.seen.add(digest);
    const index = this.byDigest.get(digest);
    if (index === undefined) {
      this.decoys.push(
        via === undefined ? { digest, kind, path } : { digest, kind, path, in: via },
      );
      return undefined;
    }
    this.referenced[index] = true;
    this.parents[index] = via;
    return this.disclosures[index];
  }

  private place(disclosure: Disclosure, path: JsonPath, depth: number): unknown {
    this.paths[disclosure.index] = path;
    this.claims.push({ path, disclosed: true, disclosure: disclosure.index });
    return this.walk(disclosure.value, path, disclosure.index, depth + 1);
  }

  walk(value: unknown, path: JsonPath, via: number | undefined, depth: number): unknown {
    if (depth > MAX_DEPTH) {
      if (!this.tooDeep) this.reject('SD_JWT_TOO_DEEP', path, via, { max: MAX_DEPTH });
      this.tooDeep = true;
      return value;
    }
    if (Array.isArray(value)) return this.walkArray(value, path, via, depth);
    if (isJsonObject(value)) return this.walkObject(value, path, via, depth, false);
    return value;
  }

  walkObject(
    object: Readonly<Record<string, unknown>>,
    path: JsonPath,
    via: number | undefined,
    depth: number,
    ellipsisReported: boolean,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(object)) {
      if (key === '_sd') continue;
      const at = [...path, key];
      if (key === '_sd_alg') {
        // §7.1 step 3.f removes the top-level `_sd_alg`; §4.1.1 forbids it anywhere else.
        if (path.length === 0 && via === undefined) continue;
        this.findings.push(finding('SD_ALG_NESTED', 'payload', 'warning', false, { path: at }));
      }
      if (key === '...' && !ellipsisReported) this.reject('ELLIPSIS_OUTSIDE_ARRAY', at, via);
      this.claims.push(
        via === undefined
          ? { path: at, disclosed: false }
          : { path: at, disclosed: true, disclosure: via },
      );
      setMember(out, key, this.walk(value, at, via, depth + 1));
    }
    if (!Object.hasOwn(object, '_sd')) return out;
    const digests = object._sd;
    if (!Array.isArray(digests)) {
      this.reject('SD_NOT_ARRAY', [...path, '_sd'], via);
      return out;
    }
    for (const [i, digest] of digests.entries()) {
      if (typeof digest !== 'string') {
        this.reject('SD_DIGEST_NOT_STRING', [...path, '_sd', i], via);
        continue;
      }
      const disclosure = this.embedded(digest, 'object', path, via);
      if (!disclosure || disclosure.kind === 'malformed') continue;
      if (disclosure.kind !== 'property') {
        // §7.1 step 3.c.ii.1: an `_sd` digest needs [salt, name, value].
        this.reject('DISCLOSURE_WRONG_KIND', path, disclosure.index, { expected: 3 });
        continue;
      }
      const name = disclosure.name!;
      if (Object.hasOwn(out, name)) {
        // §7.1 step 3.c.ii.3: the claim name already exists at this level.
        this.reject('DISCLOSURE_CLAIM_EXISTS', [...path, name], disclosure.index, { name });
        continue;
      }
      setMember(out, name, this.place(disclosure, [...path, name], depth));
    }
    return out;
  }

  walkArray(
    array: readonly unknown[],
    path: JsonPath,
    via: number | undefined,
    depth: number,
  ): unknown[] {
    const out: unknown[] = [];
    for (const element of array) {
      const at = [...path, out.length];
      if (isJsonObject(element) && Object.hasOwn(element, '...')) {
        const digest = element['...'];
        if (Object.keys(element).length === 1 && typeof digest === 'string') {
          const disclosure = this.embedded(digest, 'array', path, via);
          if (!disclosure || disclosure.kind === 'malformed') continue;
          if (disclosure.kind !== 'array-element') {
            // §7.1 step 3.c.iii.1: an array digest needs [salt, value].
            this.reject('DISCLOSURE_WRONG_KIND', at, disclosure.index, { expected: 2 });
            continue;
          }
          out.push(this.place(disclosure, at, depth));
          continue;
        }
        // §4.2.4.2: `{"...": digest}` has no other key, and the digest is a string.
        this.reject('ELLIPSIS_NOT_DIGEST', at, via);
        this.claims.push(
          via === undefined
            ? { path: at, disclosed: false }
            : { path: at, disclosed: true, disclosure: via },
        );
        out.push(this.walkObject(element, at, via, depth + 1, true));
        continue;
      }
      this.claims.push(
        via === undefined
          ? { path: at, disclosed: false }
          : { path: at, disclosed: true, disclosure: via },
      );
      out.push(this.walk(element, at, via, depth + 1));
    }
    return out;
  }
}

/**
 * The disclosed payload of `payload` given each disclosure's digest: every referenced
 * disclosure put in place, `_sd`, `_sd_alg` and unmatched `{"...": digest}` elements removed.
 */
export function resolveDisclosures(
  payload: Readonly<Record<string, unknown>>,
  disclosures: readonly Disclosure[],
  digests: readonly (string | undefined)[],
): Resolution {
  const byDigest = new Map<string, number>();
  for (const [index, digest] of digests.entries()) {
    if (digest !== undefined && !byDigest.has(digest)) byDigest.set(digest, index);
  }
  const resolver = new Resolver(disclosures, byDigest);
  const result = resolver.walkObject(payload, [], undefined, 0, false);
  return {
    payload: result,
    referenced: resolver.referenced,
    paths: resolver.paths,
    parents: resolver.parents,
    claims: resolver.claims,
    decoys: resolver.decoys,
    findings: resolver.findings,
  };
}
