import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { key } from '../__fixtures__';
import { importKeyText } from './import';
import { parsePem, repairPemText } from './pem';

/**
 * PEM as it arrives from an environment variable, a JSON string or a chat window. The reference
 * is the openssl CLI: it cannot read the damaged text, and reads the repaired text as the very
 * key (same DER) it reads from the fixture.
 */
function opensslDer(pem: string, isPrivate: boolean): Buffer | undefined {
  // PKCS#8 out for a private key (openssl pkey would write an EC key as SEC1).
  const args = isPrivate
    ? ['pkcs8', '-topk8', '-nocrypt', '-outform', 'DER']
    : ['pkey', '-pubin', '-outform', 'DER'];
  const result = spawnSync('openssl', args, { input: pem });
  return result.status === 0 ? result.stdout : undefined;
}

const spki = key('rsa2048').spki;
const pkcs8 = key('p256').pkcs8;

const DAMAGED: readonly (readonly [string, (pem: string) => string, readonly string[]])[] = [
  [
    'a JSON string (quotes and \\n escapes)',
    (pem) => JSON.stringify(pem),
    ['PEM_QUOTED', 'PEM_ESCAPED_NEWLINES'],
  ],
  [
    'an environment variable with literal \\n',
    (pem) => pem.replace(/\n/g, '\\n'),
    ['PEM_ESCAPED_NEWLINES'],
  ],
  ['literal \\r\\n', (pem) => pem.replace(/\n/g, '\\r\\n'), ['PEM_ESCAPED_NEWLINES']],
  [
    'line breaks turned into spaces',
    (pem) => pem.replace(/\n/g, ' '),
    ['PEM_LINE_BREAKS_RESTORED'],
  ],
  ['line breaks lost altogether', (pem) => pem.replace(/\n/g, ''), ['PEM_LINE_BREAKS_RESTORED']],
  ['single quotes from a shell', (pem) => `'${pem.trim()}'`, ['PEM_QUOTED']],
];

describe('PEM as people paste it (RFC 7468 §2)', () => {
  for (const [what, damage, codes] of DAMAGED) {
    for (const [name, pem, isPrivate] of [
      ['SPKI', spki, false],
      ['PKCS#8', pkcs8, true],
    ] as const) {
      it(`${name} in ${what}: openssl refuses it, the repaired text is the same key to openssl`, () => {
        const damaged = damage(pem);
        const original = opensslDer(pem, isPrivate);
        expect(original).toBeDefined();
        expect(opensslDer(damaged, isPrivate)).toBeUndefined();
        const repaired = repairPemText(damaged);
        expect(repaired.notes.map((note) => note.code)).toEqual(codes);
        expect(opensslDer(repaired.text, isPrivate)).toEqual(original);
        expect(Buffer.from(parsePem(damaged).der)).toEqual(original);
      });
    }
  }

  it('the key imports and the page is told what was changed', async () => {
    const imported = await importKeyText(JSON.stringify(spki), { alg: 'RS256', usage: 'verify' });
    expect(imported.facts.thumbprint).toBe(key('rsa2048').thumbprint);
    expect(imported.notes).toEqual([
      { code: 'PEM_QUOTED', severity: 'info', detail: { char: '"' } },
      {
        code: 'PEM_ESCAPED_NEWLINES',
        severity: 'info',
        detail: { count: spki.match(/\n/g)!.length },
      },
    ]);
  });

  it('a well-formed PEM is read with no note, and a chain keeps its blocks', () => {
    expect(repairPemText(spki)).toEqual({ text: spki.trim(), notes: [] });
    const chain = `${key('rsa2048').certificate!}${key('p256').certificate!}`;
    expect(parsePem(chain.replace(/\n/g, ' '))).toMatchObject({
      label: 'CERTIFICATE',
      blockCount: 2,
      notes: [{ code: 'PEM_LINE_BREAKS_RESTORED', detail: { count: 2 } }],
    });
  });
});
