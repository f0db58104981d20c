import { describe, expect, it } from 'vitest';
import { seed } from '../__fixtures__';
import { encodeUtf8Base64url } from '../encoding/base64url';
import { parseCompact } from '../jws/parse';
import { tokenSteps } from './steps';

describe('tokenSteps: how the token is made', () => {
  it('the seed example, step by step with its real values', () => {
    const steps = tokenSteps(parseCompact(seed.token))!;
    expect(steps.header).toMatchObject({
      text: '{"alg":"HS256","typ":"JWT"}',
      byteLength: 27,
      utf8Hex: '7b22616c67223a224853323536222c22747970223a224a5754227d',
      base64: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
      base64url: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
      changes: { plus: 0, slash: 0, padding: 0 },
    });
    expect(steps.payload).toMatchObject({
      base64: 'eyJzb21lIjoicGF5bG9hZCJ9',
      base64url: 'eyJzb21lIjoicGF5bG9hZCJ9',
    });
    expect(steps.signingInput).toBe(
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9',
    );
    expect(steps).toMatchObject({ formula: 'HMACSHA256', keyKind: 'secret', alg: 'HS256' });
    expect(steps.signature).toEqual({
      hex: 'e2dc05b79362ce737ce005a8a3577b28ed53ff2a1cd19e973a9395b3069c3d98',
      base64url: '4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg',
      byteLength: 32,
    });
  });

  it('shows what base64url changed: + to -, / to _, padding removed', () => {
    const payload = '{"x":"??>>~~"}'; // encodes with + and / in standard base64
    const steps = tokenSteps(
      parseCompact(`${encodeUtf8Base64url('{"alg":"ES256"}')}.${encodeUtf8Base64url(payload)}.`),
    )!;
    expect(steps.payload.base64).toBe('eyJ4IjoiPz8+Pn5+In0=');
    expect(steps.payload.base64url).toBe('eyJ4IjoiPz8-Pn5-In0');
    expect(steps.payload.changes).toEqual({ plus: 2, slash: 0, padding: 1 });
    expect(steps.formula).toBe('ECDSA-P-256-SHA256');
  });

  it('is undefined when the token has no readable header and payload', () => {
    expect(tokenSteps(parseCompact('nope'))).toBeUndefined();
  });
});
