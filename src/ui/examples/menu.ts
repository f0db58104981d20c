/**
 * The Examples menu's entries, in order: their names are in the i18n tables
 * (`example.<id>`), their tokens and keys in examples.json, which loads only when one is
 * chosen (25 KB gzip the first screen does without). examples.test.ts keeps the two in step.
 */
export const EXAMPLE_IDS = [
  'hs256-seed',
  'hs256',
  'hs384',
  'hs512',
  'rs256',
  'rs384',
  'rs512',
  'ps256',
  'ps384',
  'ps512',
  'es256',
  'es384',
  'es512',
  'eddsa',
  'ed25519',
  'ml-dsa-44',
  'ml-dsa-65',
  'ml-dsa-87',
  'none',
  'flask-access',
  'expired',
] as const;
