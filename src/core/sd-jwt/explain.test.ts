import { describe, expect, it } from 'vitest';
import { disclosureStepsOf, makeDisclosureSteps, sdHashSteps } from './explain';
import { rfc9901 } from './__fixtures__';
import { parseSdJwt } from './parse';
import { processSdJwt } from './process';

describe('How it is made: a disclosure', () => {
  it('goes from salt, name and value to the RFC 9901 §4.2.1 "no white space" disclosure and its digest', async () => {
    const steps = await makeDisclosureSteps({
      salt: '_26bc4LT-ac6q2KI6cBW5es',
      name: 'family_name',
      value: 'Möbius',
    });
    expect(steps.array).toBe('["_26bc4LT-ac6q2KI6cBW5es","family_name","Möbius"]');
    expect(steps.utf8Length).toBe(51);
    expect(steps.utf8Hex.startsWith('5b225f3236')).toBe(true);
    expect(steps.disclosure).toBe(
      'WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsImZhbWlseV9uYW1lIiwiTcO2Yml1cyJd',
    );
    expect(steps).toMatchObject({ sdAlg: 'sha-256', valueText: '"Möbius"' });
  });

  it('shows a disclosure of a token with its own JSON text and where its digest sits', async () => {
    const example = rfc9901.examples.find((e) => e.id === 'RFC 9901 §5.2 presentation')!;
    const processed = await processSdJwt(parseSdJwt(example.sdJwt));
    const us = processed.disclosures.find((d) => d.kind === 'array-element')!;
    const steps = (await disclosureStepsOf(us, 'sha-256'))!;
    expect(steps).toMatchObject({
      array: '["lklxF5jMYlGTPUovMNIvCA", "US"]',
      digest: 'pFndjkZ_VCzmyTa6UjlZo3dh-ko8aIKQc9DlGzhaVYo',
      placement: { kind: 'array', path: ['nationalities'] },
    });
    expect(steps.disclosure).toBe(us.text);
  });

  it('computes sd_hash over the presentation as RFC 9901 §5.2 prints it', async () => {
    const example = rfc9901.examples.find((e) => e.id === 'RFC 9901 §5.2 presentation')!;
    const steps = await sdHashSteps(parseSdJwt(example.sdJwt).sdJwt, 'sha-256');
    expect(steps.sdHash).toBe(example.kbPayload!.sd_hash);
  });
});
