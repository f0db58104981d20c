/**
 * Payload claims, one row per name. A name used by several specifications or libraries is one
 * row: `source` is where it is defined, `seeAlso` where others profile it, `families` who uses it.
 */
import type { ClaimInfo, ClaimSource } from './catalogue';
import { rfc, rowsFor } from './entry';

const oidc = (section: string): ClaimSource => ({ spec: 'OpenID Connect Core 1.0', section });
const sdJwtVc = (section: string): ClaimSource => ({ spec: 'draft-ietf-oauth-sd-jwt-vc', section });
const FLASK_JWT_EXTENDED: ClaimSource = { spec: 'flask-jwt-extended' };
const FLASK_JWT: ClaimSource = { spec: 'Flask-JWT' };

const claim = rowsFor('payload');

/** OpenID Connect Core 1.0 §5.1 Standard Claims, other than `sub` and the time and object ones. */
const OIDC_STANDARD_STRINGS = [
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'email',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'phone_number',
] as const;

export const PAYLOAD_CLAIMS: readonly ClaimInfo[] = [
  // RFC 7519 §4.1 Registered Claim Names.
  claim(
    'iss',
    'string-or-uri',
    rfc(7519, '4.1.1'),
    ['registered', 'oidc', 'oauth-access-token', 'set'],
    [oidc('2'), rfc(9068, '2.2'), rfc(8417, '2.2')],
  ),
  claim(
    'sub',
    'string-or-uri',
    rfc(7519, '4.1.2'),
    ['registered', 'oidc', 'oauth-access-token', 'set', 'flask-jwt-extended'],
    // flask-jwt-extended 4 puts its identity here (JWT_IDENTITY_CLAIM defaults to 'sub').
    [oidc('2'), rfc(9068, '2.2'), rfc(8417, '2.2'), FLASK_JWT_EXTENDED],
  ),
  claim(
    'aud',
    'string-or-uri-array',
    rfc(7519, '4.1.3'),
    ['registered', 'oidc', 'oauth-access-token', 'set'],
    [oidc('2'), rfc(9068, '2.2'), rfc(8417, '2.2')],
  ),
  claim(
    'exp',
    'time',
    rfc(7519, '4.1.4'),
    ['registered', 'oidc', 'oauth-access-token', 'flask-jwt-extended', 'flask-jwt'],
    [oidc('2'), rfc(9068, '2.2'), FLASK_JWT_EXTENDED, FLASK_JWT],
  ),
  claim(
    'nbf',
    'time',
    rfc(7519, '4.1.5'),
    ['registered', 'flask-jwt-extended', 'flask-jwt'],
    [FLASK_JWT_EXTENDED, FLASK_JWT],
  ),
  claim(
    'iat',
    'time',
    rfc(7519, '4.1.6'),
    ['registered', 'oidc', 'oauth-access-token', 'dpop', 'set', 'flask-jwt-extended', 'flask-jwt'],
    [
      oidc('2'),
      rfc(9068, '2.2'),
      rfc(9449, '4.2'),
      rfc(8417, '2.2'),
      FLASK_JWT_EXTENDED,
      FLASK_JWT,
    ],
  ),
  claim(
    'jti',
    'string',
    rfc(7519, '4.1.7'),
    ['registered', 'oauth-access-token', 'dpop', 'set', 'flask-jwt-extended'],
    [rfc(9068, '2.2'), rfc(9449, '4.2'), rfc(8417, '2.2'), FLASK_JWT_EXTENDED],
  ),

  // OpenID Connect Core 1.0 §2 ID Token claims.
  claim('auth_time', 'time', oidc('2'), ['oidc', 'oauth-access-token'], [rfc(9068, '2.2.1')]),
  claim(
    'nonce',
    'string',
    oidc('2'),
    ['oidc', 'dpop', 'sd-jwt'],
    [rfc(9449, '4.2'), rfc(9901, '4.3')],
  ),
  claim('acr', 'string', oidc('2'), ['oidc', 'oauth-access-token'], [rfc(9068, '2.2.1')]),
  claim('amr', 'string-array', oidc('2'), ['oidc', 'oauth-access-token'], [rfc(9068, '2.2.1')]),
  claim('azp', 'string', oidc('2'), ['oidc']),
  claim('at_hash', 'base64url', oidc('3.1.3.6'), ['oidc'], [oidc('3.2.2.10')]),
  claim('c_hash', 'base64url', oidc('3.3.2.11'), ['oidc']),
  claim('sid', 'string', { spec: 'OpenID Connect Front-Channel Logout 1.0', section: '3' }, [
    'oidc',
  ]),

  // OpenID Connect Core 1.0 §5.1 Standard Claims.
  ...OIDC_STANDARD_STRINGS.map((name) => claim(name, 'string', oidc('5.1'), ['oidc'])),
  claim('profile', 'uri', oidc('5.1'), ['oidc']),
  claim('picture', 'uri', oidc('5.1'), ['oidc']),
  claim('website', 'uri', oidc('5.1'), ['oidc']),
  claim('email_verified', 'boolean', oidc('5.1'), ['oidc']),
  claim('phone_number_verified', 'boolean', oidc('5.1'), ['oidc']),
  claim('address', 'object', oidc('5.1'), ['oidc'], [oidc('5.1.1')]),
  claim('updated_at', 'time', oidc('5.1'), ['oidc']),

  // RFC 8693 (Token Exchange) claims, used by RFC 9068 access tokens.
  claim('act', 'object', rfc(8693, '4.1'), ['token-exchange']),
  claim(
    'scope',
    'string',
    rfc(8693, '4.2'),
    ['token-exchange', 'oauth-access-token'],
    [rfc(9068, '2.2.3')],
  ),
  claim(
    'client_id',
    'string',
    rfc(8693, '4.3'),
    ['token-exchange', 'oauth-access-token'],
    [rfc(9068, '2.2')],
  ),
  claim('may_act', 'object', rfc(8693, '4.4'), ['token-exchange']),

  // RFC 9068 §2.2.3.1: SCIM User attributes (RFC 7643 §4.1.2) carried as claims.
  claim('groups', 'array', rfc(9068, '2.2.3.1'), ['oauth-access-token'], [rfc(7643, '4.1.2')]),
  claim('roles', 'array', rfc(9068, '2.2.3.1'), ['oauth-access-token'], [rfc(7643, '4.1.2')]),
  claim(
    'entitlements',
    'array',
    rfc(9068, '2.2.3.1'),
    ['oauth-access-token'],
    [rfc(7643, '4.1.2')],
  ),

  // Proof of possession: RFC 7800 confirmation, RFC 9449 DPoP proofs.
  claim(
    'cnf',
    'object',
    rfc(7800, '3.1'),
    ['pop', 'dpop', 'sd-jwt', 'sd-jwt-vc'],
    [rfc(9449, '6.1'), rfc(8705, '3.1'), rfc(9901, '4.1.2'), sdJwtVc('3.2.2.2')],
  ),
  claim('htm', 'string', rfc(9449, '4.2'), ['dpop']),
  claim('htu', 'uri', rfc(9449, '4.2'), ['dpop']),
  claim('ath', 'base64url', rfc(9449, '4.2'), ['dpop']),

  // RFC 8417 Security Event Tokens; `events` also carries OpenID Connect logout tokens.
  claim(
    'events',
    'object',
    rfc(8417, '2.2'),
    ['set', 'oidc'],
    [{ spec: 'OpenID Connect Back-Channel Logout 1.0', section: '2.4' }],
  ),
  claim('toe', 'time', rfc(8417, '2.2'), ['set']),
  claim('txn', 'string', rfc(8417, '2.2'), ['set']),

  // RFC 9901 (SD-JWT): digests of disclosures, their hash, and the Key Binding JWT's hash.
  // (`...` only ever appears inside arrays, RFC 9901 §4.2.4.2, never as a claim of its own.)
  claim('_sd', 'string-array', rfc(9901, '4.2.4.1'), ['sd-jwt']),
  claim('_sd_alg', 'string', rfc(9901, '4.1.1'), ['sd-jwt']),
  claim('sd_hash', 'base64url', rfc(9901, '4.3'), ['sd-jwt'], [rfc(9901, '4.3.1')]),

  // SD-JWT VC §3.2.2: the credential type, its metadata's hash, and where its status is read.
  claim('vct', 'string-or-uri', sdJwtVc('3.2.2.1'), ['sd-jwt-vc']),
  claim('vct#integrity', 'string', sdJwtVc('3.2.2.2'), ['sd-jwt-vc']),
  claim(
    'status',
    'object',
    sdJwtVc('3.2.2.2'),
    ['sd-jwt-vc'],
    [{ spec: 'draft-ietf-oauth-status-list' }],
  ),

  // OpenID Connect Core §5.6.2 aggregated and distributed claims (Entra's groups overage).
  claim('_claim_names', 'object', oidc('5.6.2'), ['oidc']),
  claim('_claim_sources', 'object', oidc('5.6.2'), ['oidc']),

  // RFC 9396 Rich Authorization Requests, as carried in access tokens (§9.1).
  claim('authorization_details', 'array', rfc(9396, '9.1'), ['authorization-details']),

  // flask-jwt-extended (tokens.py): `fresh` is a boolean, or a NumericDate when the
  // application gave a timedelta; `type` is 'access' or 'refresh'; `csrf` is the double-submit
  // value; `user_claims` is where versions before 4 put additional claims.
  claim('fresh', 'boolean-or-time', FLASK_JWT_EXTENDED, ['flask-jwt-extended']),
  claim('type', 'string', FLASK_JWT_EXTENDED, ['flask-jwt-extended']),
  claim('csrf', 'string', FLASK_JWT_EXTENDED, ['flask-jwt-extended']),
  claim('user_claims', 'object', FLASK_JWT_EXTENDED, ['flask-jwt-extended']),
  // Flask-JWT's default payload handler puts the user's id in `identity`; flask-jwt-extended
  // used the same name before version 4 made `sub` the default.
  claim('identity', 'json', FLASK_JWT, ['flask-jwt', 'flask-jwt-extended'], [FLASK_JWT_EXTENDED]),
];
