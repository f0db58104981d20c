/**
 * flask-jwt-extended itself as the oracle: Debian's /usr/bin/python3 mints tokens under random
 * option combinations, and issuerFamily must name every one flask-jwt-extended (with its token
 * type); PyJWT tokens with the other registered claims must not be. Python missing here fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pythonWith, runAsync } from '../snippets/__tests__/interpreters';
import { issuerFamily } from './issuer-family';

const MINT = String.raw`
import datetime, json, sys
import flask, flask_jwt_extended, jwt
cases = json.loads(sys.stdin.read())
out = []
for case in cases:
    app = flask.Flask(__name__)
    app.config.update({"JWT_SECRET_KEY": "a test secret that is at least thirty-two bytes", **case["config"]})
    flask_jwt_extended.JWTManager(app)
    with app.app_context():
        fresh = datetime.timedelta(seconds=case["fresh"]) if case["fresh"] else False
        if case["refresh"]:
            token = flask_jwt_extended.create_refresh_token(case["identity"], additional_claims=case["extra"])
        else:
            token = flask_jwt_extended.create_access_token(case["identity"], fresh=fresh, additional_claims=case["extra"])
    plain = jwt.encode({"sub": case["identity"], "iat": 1, "exp": 2, "jti": "x", **case["extra"]}, "k" * 32, algorithm="HS256")
    out.append([jwt.decode(token, options={"verify_signature": False}), jwt.decode(plain, options={"verify_signature": False})])
print(json.dumps(out))
`;

const caseArbitrary = fc.record({
  identity: fc.string({ minLength: 1, maxLength: 12 }),
  refresh: fc.boolean(),
  fresh: fc.nat({ max: 3600 }),
  config: fc.record(
    {
      JWT_ENCODE_NBF: fc.boolean(),
      JWT_IDENTITY_CLAIM: fc.constantFrom('sub', 'identity', 'user'),
      JWT_TOKEN_LOCATION: fc.constantFrom(['headers'], ['cookies']),
      JWT_ENCODE_ISSUER: fc.constantFrom('https://app.example', 'https://accounts.google.com.evil'),
    },
    { requiredKeys: [] },
  ),
  extra: fc.dictionary(
    fc.constantFrom('roles', 'https://example.com/team', 'tenant'),
    fc.string({ maxLength: 8 }),
  ),
});

describe('issuerFamily against flask-jwt-extended itself', () => {
  it('names every token flask-jwt-extended mints, and no PyJWT token with the usual claims', async () => {
    const python = pythonWith(['flask_jwt_extended', 'jwt']);
    expect(python, 'a Python 3 with flask_jwt_extended and PyJWT (/usr/bin/python3)').toBeDefined();
    const cases = fc.sample(caseArbitrary, { numRuns: 40, seed: 20260101 });
    const result = await runAsync(python ?? 'python3', ['-c', MINT], {
      input: JSON.stringify(cases),
    });
    expect(result.stderr).toBe('');
    const minted = JSON.parse(result.stdout) as [
      Record<string, unknown>,
      Record<string, unknown>,
    ][];
    expect(minted).toHaveLength(cases.length);
    minted.forEach(([flaskPayload, plainPayload], i) => {
      const expected = cases[i]?.refresh ? 'refresh' : 'access';
      expect(issuerFamily(flaskPayload), JSON.stringify(flaskPayload)).toEqual({
        code: 'flask-jwt-extended',
        facts: { tokenType: expected },
        by: 'claims',
      });
      expect(issuerFamily(plainPayload).code, JSON.stringify(plainPayload)).not.toBe(
        'flask-jwt-extended',
      );
    });
  }, 60_000);
});
