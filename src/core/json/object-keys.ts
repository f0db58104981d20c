/**
 * How JSON.parse lays out an object's members (ECMA-262 §25.5.1 InternalizeJSONProperty,
 * §10.1.11.1 OrdinaryOwnPropertyKeys): a repeated name keeps its first position and takes the
 * last value; array-index names come first, ascending, then the others in creation order.
 */

/** ECMA-262 §6.1.7 "array index": a canonical integer below 2^32 - 1. */
export function isArrayIndex(key: string): boolean {
  const c = key.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39)) return false;
  return key.length <= 10 && /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** Most objects are small: a list is searched until a set pays off. */
const SMALL_OBJECT = 8;

/** The member names seen so far in one object. */
export class MemberNames {
  private readonly list: string[] = [];
  private set: Set<string> | undefined;

  /** Records `key`; returns whether it was seen before. */
  add(key: string): boolean {
    if (this.set !== undefined) {
      if (this.set.has(key)) return true;
      this.set.add(key);
      return false;
    }
    if (this.list.includes(key)) return true;
    this.list.push(key);
    if (this.list.length > SMALL_OBJECT) this.set = new Set(this.list);
    return false;
  }
}
