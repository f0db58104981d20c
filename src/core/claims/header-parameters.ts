/**
 * JOSE Header Parameters, one row per name. Names shared by JWS and JWE cite RFC 7515 and list
 * their RFC 7516 section in `seeAlso`.
 */
import type { ClaimInfo } from './catalogue';
import { rfc, rowsFor } from './entry';

const parameter = rowsFor('header');

export const HEADER_PARAMETERS: readonly ClaimInfo[] = [
  // RFC 7515 §4.1 Registered Header Parameter Names (JWS), repeated by RFC 7516 §4.1 (JWE).
  parameter(
    'alg',
    'string-or-uri',
    rfc(7515, '4.1.1'),
    ['jose-header', 'dpop'],
    [rfc(7516, '4.1.1'), rfc(9449, '4.2')],
  ),
  parameter('jku', 'uri', rfc(7515, '4.1.2'), ['jose-header'], [rfc(7516, '4.1.4')]),
  parameter(
    'jwk',
    'object',
    rfc(7515, '4.1.3'),
    ['jose-header', 'dpop', 'acme'],
    [rfc(7516, '4.1.5'), rfc(9449, '4.2'), rfc(8555, '6.2')],
  ),
  parameter(
    'kid',
    'string',
    rfc(7515, '4.1.4'),
    ['jose-header', 'acme'],
    [rfc(7516, '4.1.6'), rfc(8555, '6.2')],
  ),
  parameter('x5u', 'uri', rfc(7515, '4.1.5'), ['jose-header'], [rfc(7516, '4.1.7')]),
  // base64 (not base64url) DER certificates, RFC 7515 §4.1.6.
  parameter('x5c', 'string-array', rfc(7515, '4.1.6'), ['jose-header'], [rfc(7516, '4.1.8')]),
  parameter('x5t', 'base64url', rfc(7515, '4.1.7'), ['jose-header'], [rfc(7516, '4.1.9')]),
  parameter('x5t#S256', 'base64url', rfc(7515, '4.1.8'), ['jose-header'], [rfc(7516, '4.1.10')]),
  // RFC 7519 §5.1/§5.2 say what `typ` and `cty` mean for a JWT; the profiles below fix a `typ`.
  parameter(
    'typ',
    'string',
    rfc(7515, '4.1.9'),
    ['jose-header', 'oauth-access-token', 'dpop', 'set'],
    [rfc(7516, '4.1.11'), rfc(7519, '5.1'), rfc(9068, '2.1'), rfc(9449, '4.2'), rfc(8417, '2.3')],
  ),
  parameter(
    'cty',
    'string',
    rfc(7515, '4.1.10'),
    ['jose-header'],
    [rfc(7516, '4.1.12'), rfc(7519, '5.2')],
  ),
  parameter('crit', 'string-array', rfc(7515, '4.1.11'), ['jose-header'], [rfc(7516, '4.1.13')]),

  // RFC 7516 §4.1, JWE only.
  parameter('enc', 'string-or-uri', rfc(7516, '4.1.2'), ['jose-header']),
  parameter('zip', 'string', rfc(7516, '4.1.3'), ['jose-header']),

  // RFC 7518 §4.6-§4.8: parameters of the ECDH-ES, AES-GCM key wrap and PBES2 algorithms.
  parameter('epk', 'object', rfc(7518, '4.6.1.1'), ['jose-header']),
  parameter('apu', 'base64url', rfc(7518, '4.6.1.2'), ['jose-header']),
  parameter('apv', 'base64url', rfc(7518, '4.6.1.3'), ['jose-header']),
  parameter('iv', 'base64url', rfc(7518, '4.7.1.1'), ['jose-header']),
  parameter('tag', 'base64url', rfc(7518, '4.7.1.2'), ['jose-header']),
  parameter('p2s', 'base64url', rfc(7518, '4.8.1.1'), ['jose-header']),
  parameter('p2c', 'number', rfc(7518, '4.8.1.2'), ['jose-header']),

  // RFC 7797 §3: unencoded payload option.
  parameter('b64', 'boolean', rfc(7797, '3'), ['jose-header']),

  // RFC 8555 (ACME) request headers.
  parameter('url', 'uri', rfc(8555, '6.4.1'), ['acme']),
  parameter('nonce', 'base64url', rfc(8555, '6.5.2'), ['acme']),
];
