/**
 * Payment card numbers (PANs) in claim values: 13-19 digits, optionally grouped by spaces or
 * dashes, that pass the Luhn check (ISO/IEC 7812-1 Annex B) and start with an issuer prefix of
 * a major brand at a length that brand issues. The prefix table keeps long numeric IDs (which
 * pass Luhn one time in ten) from being taken for cards; millisecond timestamps start with 1,
 * which no brand below does.
 */

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'diners' | 'unionpay';

/** Issuer prefixes and lengths, as the brands publish them. */
const CARD_BRANDS: readonly {
  readonly brand: CardBrand;
  readonly prefix: RegExp;
  readonly lengths: readonly number[];
}[] = [
  { brand: 'visa', prefix: /^4/, lengths: [13, 16, 19] },
  {
    brand: 'mastercard',
    prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/,
    lengths: [16],
  },
  { brand: 'amex', prefix: /^3[47]/, lengths: [15] },
  { brand: 'discover', prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] },
  { brand: 'jcb', prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] },
  { brand: 'diners', prefix: /^(?:30[0-5]|3095|36|3[89])/, lengths: [14, 15, 16, 17, 18, 19] },
  { brand: 'unionpay', prefix: /^62/, lengths: [16, 17, 18, 19] },
];

/** Digits in groups of 2 to 6, separated by one space or dash, as cards are printed. */
const GROUPED = /^\d{2,6}(?:[ -]\d{2,6}){1,5}$/;
const DIGITS = /^\d{13,19}$/;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The brand when `value` (a string, or a safe integer) looks like a card number. */
export function cardBrandOf(value: unknown): CardBrand | undefined {
  let text: string;
  if (typeof value === 'string') {
    text = GROUPED.test(value) ? value.replace(/[ -]/g, '') : value;
  } else if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) {
    text = String(value);
  } else {
    return undefined;
  }
  if (!DIGITS.test(text) || !passesLuhn(text)) return undefined;
  return CARD_BRANDS.find(
    ({ prefix, lengths }) => prefix.test(text) && lengths.includes(text.length),
  )?.brand;
}
