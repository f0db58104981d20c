/**
 * Runs one implementation of one case in a loop, for a CPU profile of it alone:
 *
 *   node --cpu-prof --cpu-prof-dir=.scratch/prof --import tsx bench/profile.ts ours "HS256 verify 1MB" 5000
 *   npx tsx bench/profile-summary.ts .scratch/prof
 *
 * Arguments: the implementation (ours, jose, webcrypto), the case name, and milliseconds.
 */
import { headerText, importKeyPair, payloadText, ALGS, SIZES } from './fixtures';
import { IMPLEMENTATIONS, SIGN, VERIFY, makeToken, type Implementation } from './implementations';

const [implementation, caseName, msText = '5000'] = process.argv.slice(2);
const [alg, operation, size] = (caseName ?? '').split(' ');
const knownAlg = ALGS.find((a) => a === alg);
const knownSize = SIZES.find((s) => s === size);
if (
  !IMPLEMENTATIONS.includes(implementation as Implementation) ||
  !knownAlg ||
  !knownSize ||
  (operation !== 'verify' && operation !== 'sign')
) {
  throw new Error('usage: bench/profile.ts ours|jose|webcrypto "HS256 verify 1MB" [ms]');
}

const keys = await importKeyPair(knownAlg);
const header = headerText(knownAlg);
const payload = payloadText(knownSize);
const prepared = {
  alg: knownAlg,
  keys,
  header,
  payload,
  payloadBytes: new TextEncoder().encode(payload),
};
const input = { ...prepared, token: await makeToken(prepared) };
const run = (operation === 'verify' ? VERIFY : SIGN)[implementation as Implementation];
const end = performance.now() + Number(msText);
let calls = 0;
while (performance.now() < end) {
  await run(input);
  calls++;
}
console.log(`${implementation} ${caseName}: ${calls} calls in ${msText} ms`);
