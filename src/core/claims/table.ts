/**
 * The Claims and Header parameters tables as data (ui-contract.md): one row per member, its
 * value as written, its instant and status for a time claim, and what the catalogue says it
 * means. The page only puts the rows into words.
 */
import { isJsonObject } from '../json/is-object';
import type { JsonNumberNote } from '../json/types';
import { analyseTimes, type TimeStatus } from './analyse-times';
import { explainClaims, type ClaimExplanation } from './explain';
import { issuerFamily, type IssuerFamily } from './issuer-family';
import type { NumericDateReading } from './time';

/** Values longer than this are cut in the table; the payload editor has them whole. */
export const SHOWN_CHARACTERS = 2000;

export interface ClaimRow {
  readonly name: string;
  /** The value as JSON, top-level numbers as written in the token, cut to SHOWN_CHARACTERS. */
  readonly text: string;
  /** How many characters were cut. */
  readonly more: number;
  readonly reading?: NumericDateReading;
  readonly status?: TimeStatus;
  /** For `exp`: how long the token lives, from `iat` (or `nbf`). */
  readonly lifetime?: number;
  readonly explanation?: ClaimExplanation;
  /** SD-JWT: the claim came from a disclosure (false: always visible); absent otherwise. */
  readonly disclosed?: boolean;
}

export interface ClaimsTable {
  readonly where: 'payload' | 'header';
  readonly rows: readonly ClaimRow[];
  /** Who issued the token, recognised from `iss` or its claims (payload only). */
  readonly family?: IssuerFamily;
}

/**
 * A value as JSON, and how many characters the table leaves out. A long string is only turned
 * into JSON as far as it is shown: all of a megabyte claim would take tens of milliseconds.
 */
function valueText(
  name: string,
  value: unknown,
  numbers: readonly JsonNumberNote[],
): { readonly text: string; readonly more: number } {
  const note = numbers.find((n) => n.path.length === 1 && n.path[0] === name);
  if (note) return { text: note.text, more: 0 };
  if (typeof value === 'string' && value.length > SHOWN_CHARACTERS) {
    // Without its closing quote: the text goes on.
    const shown = JSON.stringify(value.slice(0, SHOWN_CHARACTERS)).slice(0, -1);
    return { text: shown, more: value.length - SHOWN_CHARACTERS };
  }
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : (JSON.stringify(value, null, 1) ?? String(value));
  return text.length > SHOWN_CHARACTERS
    ? { text: text.slice(0, SHOWN_CHARACTERS), more: text.length - SHOWN_CHARACTERS }
    : { text, more: 0 };
}

export interface ClaimsTableInput {
  readonly where: 'payload' | 'header';
  readonly value: unknown;
  readonly numbers: readonly JsonNumberNote[];
  /** Seconds since the epoch: the table never reads the clock. */
  readonly now: number;
  readonly disclosed?: readonly string[];
}

/** The rows of a claims table; undefined when the value is not a JSON object. */
export function claimsTable(input: ClaimsTableInput): ClaimsTable | undefined {
  const { where, value, numbers, now, disclosed } = input;
  if (!isJsonObject(value)) return undefined;
  const family = where === 'payload' ? issuerFamily(value) : undefined;
  const explanations = new Map(
    explainClaims(where, value, family ? { family: family.code } : {}).map((e) => [e.name, e]),
  );
  const times = where === 'payload' ? analyseTimes(value, { now }) : undefined;
  const rows = Object.entries(value).map(([name, claimValue]): ClaimRow => {
    const reading = times && Object.hasOwn(times.claims, name) ? times.claims[name] : undefined;
    const status = times?.statuses.find((s) => s.claim === name);
    const explanation = explanations.get(name);
    return {
      name,
      ...valueText(name, claimValue, numbers),
      ...(reading ? { reading } : {}),
      ...(status ? { status } : {}),
      ...(name === 'exp' && times?.lifetime !== undefined ? { lifetime: times.lifetime } : {}),
      ...(explanation ? { explanation } : {}),
      ...(disclosed ? { disclosed: disclosed.includes(name) } : {}),
    };
  });
  return family ? { where, rows, family } : { where, rows };
}
