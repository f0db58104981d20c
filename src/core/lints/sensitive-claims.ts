/**
 * Claims that should not travel in a JWS payload, which anyone holding the token can read
 * (RFC 7519 §12: a JWT with privacy-sensitive information needs encryption or other
 * protection). Looks at the payload's top-level members and one level of nested objects.
 */
import { cardBrandOf } from './card-number';
import type { Check, Finding } from './types';
import { isJsonObject } from '../json/is-object';

export type SensitiveCategory = 'credential' | 'personal' | 'payment';

/**
 * Claim names, normalised: lower case without `_`, `-` or spaces, so `api_key`, `apiKey` and
 * `API-KEY` are one entry. A Map, not an object, so `__proto__` and `constructor` find nothing.
 * Plain `token` is left out: `token_type`-like uses and opaque handles make it too common.
 */
const SENSITIVE_NAMES: ReadonlyMap<string, SensitiveCategory> = new Map([
  ['password', 'credential'],
  ['passwd', 'credential'],
  ['pwd', 'credential'],
  ['passwordhash', 'credential'],
  ['hashedpassword', 'credential'],
  ['secret', 'credential'],
  ['clientsecret', 'credential'],
  ['apikey', 'credential'],
  ['apisecret', 'credential'],
  ['privatekey', 'credential'],
  ['secretkey', 'credential'],
  ['secretaccesskey', 'credential'],
  ['accesstoken', 'credential'],
  ['refreshtoken', 'credential'],
  ['ssn', 'personal'],
  ['socialsecuritynumber', 'personal'],
  ['creditcard', 'payment'],
  ['creditcardnumber', 'payment'],
  ['cardnumber', 'payment'],
  ['ccnumber', 'payment'],
  ['cvv', 'payment'],
  ['cvv2', 'payment'],
  ['cvc', 'payment'],
  ['pin', 'payment'],
  ['iban', 'payment'],
]);

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** A value that carries nothing (null, a boolean, an empty string) is not reported by name. */
function carriesData(value: unknown): boolean {
  return value !== null && typeof value !== 'boolean' && value !== '';
}

function memberFinding(path: string, name: string, value: unknown): Finding | undefined {
  const category = SENSITIVE_NAMES.get(normalise(name));
  if (category !== undefined && carriesData(value)) {
    return { rule: 'sensitive-claim', detail: { claim: path, reason: 'name', category } };
  }
  const brand = cardBrandOf(value);
  if (brand !== undefined) {
    return {
      rule: 'sensitive-claim',
      detail: { claim: path, reason: 'card-number', category: 'payment', brand },
    };
  }
  return undefined;
}

export const checkSensitiveClaims: Check = ({ parsed }) => {
  const payload = parsed.payload?.json;
  if (!isJsonObject(payload)) return [];
  const findings: Finding[] = [];
  for (const [name, value] of Object.entries(payload)) {
    const finding = memberFinding(name, name, value);
    if (finding !== undefined) findings.push(finding);
    if (finding !== undefined || !isJsonObject(value)) continue;
    for (const [child, childValue] of Object.entries(value)) {
      const nested = memberFinding(`${name}.${child}`, child, childValue);
      if (nested !== undefined) findings.push(nested);
    }
  }
  return findings;
};
