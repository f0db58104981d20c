/**
 * English explanations: OAuth, proof-of-possession, security event, SD-JWT and SD-JWT VC claims. Keys as in src/core/claims/text-keys.ts.
 */
import type { ClaimTexts } from '../types';

export const oauthEn: ClaimTexts = {
  // RFC 8693 Token Exchange.
  'payload:act': {
    title: 'Actor',
    description:
      'Identifies the party acting on behalf of the subject (delegation), as an object with sub and often iss. A nested act records earlier actors in the chain; only the outermost one is the current actor.',
  },
  'payload:scope': {
    title: 'Scope',
    description:
      'The scopes granted to the token, as one space-separated string such as "openid profile orders:read". A resource server checks it includes the scope the request needs.',
  },
  'payload:client_id': {
    title: 'Client ID',
    description:
      'The OAuth client identifier of the client that requested the token. RFC 9068 access tokens must carry it.',
  },
  'payload:may_act': {
    title: 'Authorized actor',
    description:
      'Names the party (an object with sub and often iss) that is allowed to act on behalf of the subject. An authorization server checks it before issuing a delegated token in a token exchange.',
  },
  // RFC 9068 §2.2.3.1: SCIM user attributes.
  'payload:groups': {
    title: 'Groups',
    description:
      'The groups the user belongs to, as defined by SCIM (RFC 7643). An authorization server may add them to an access token so the resource server can make access decisions.',
  },
  'payload:roles': {
    title: 'Roles',
    description:
      'The roles of the user, such as "admin", as defined by SCIM (RFC 7643). Resource servers use them for role-based access control.',
  },
  'payload:entitlements': {
    title: 'Entitlements',
    description:
      'Things the user is entitled to, such as rights or licenses, as defined by SCIM (RFC 7643). Resource servers may use them for access decisions.',
  },
  // RFC 7800 confirmation and RFC 9449 DPoP.
  'payload:cnf': {
    title: 'Confirmation (proof-of-possession key)',
    description:
      'Names the key the presenter must prove it holds (RFC 7800): jwk, kid, or a thumbprint such as jkt for DPoP or x5t#S256 for mutual TLS. A token carrying cnf should only be accepted with proof of that key.',
  },
  'payload:htm': {
    title: 'HTTP method',
    description:
      'The HTTP method of the request the DPoP proof is sent with, such as "POST". The server rejects the proof if it does not match the actual request.',
  },
  'payload:htu': {
    title: 'HTTP target URI',
    description:
      'The URI of the request the DPoP proof is sent with, without query or fragment. The server compares it with the URI actually requested.',
  },
  'payload:ath': {
    title: 'Access token hash (DPoP)',
    description:
      'The base64url SHA-256 hash of the access token sent along with the DPoP proof. It ties the proof to that token when calling a resource server.',
  },
  // RFC 8417 Security Event Tokens.
  'payload:events': {
    title: 'Security events',
    description:
      'An object whose member names are event type URIs and whose values hold each event\'s details. OpenID Connect logout tokens use "http://schemas.openid.net/event/backchannel-logout".',
  },
  'payload:toe': {
    title: 'Time of event',
    description:
      'When the security event happened, as opposed to iat, when the token describing it was issued.',
  },
  'payload:txn': {
    title: 'Transaction ID',
    description:
      'An identifier shared by security event tokens that describe the same underlying transaction or change, so receivers can correlate them.',
  },

  // RFC 7800 §3 confirmation methods inside cnf, one note per member present.
  'payload:cnf.jwk': {
    title: 'cnf.jwk: the holder’s public key',
    description:
      'The proof-of-possession key itself, as a JWK (RFC 7800 §3.2). In an SD-JWT it is the holder’s key: a Key Binding JWT must be signed with it (RFC 9901 §4.1.2).',
  },
  'payload:cnf.jwe': {
    title: 'cnf.jwe: an encrypted symmetric key',
    description:
      'A symmetric proof-of-possession key, encrypted as a JWE to the recipient (RFC 7800 §3.3), so that only the recipient can read the key the presenter must prove it holds.',
  },
  'payload:cnf.kid': {
    title: 'cnf.kid: the key’s identifier',
    description:
      'Names the proof-of-possession key by key ID instead of carrying it (RFC 7800 §3.4); the recipient must already know the key it names.',
  },
  'payload:cnf.jku': {
    title: 'cnf.jku: a JWK Set URL',
    description:
      'The URL of a JWK Set holding the proof-of-possession key (RFC 7800 §3.5), usually with a kid to pick it.',
  },
  'payload:cnf.jkt': {
    title: 'cnf.jkt: DPoP key thumbprint',
    description:
      'The SHA-256 JWK thumbprint (RFC 7638) of the DPoP key the token is bound to (RFC 9449 §6.1). A resource server accepts the token only with a DPoP proof signed by that key; FAPI 2.0 uses this or mutual TLS.',
  },
  'payload:cnf.x5t#S256': {
    title: 'cnf.x5t#S256: client certificate thumbprint',
    description:
      'The SHA-256 thumbprint of the client certificate the token is bound to (RFC 8705 §3.1): it is accepted only over a mutual-TLS connection made with that certificate, as FAPI 2.0 allows.',
  },

  // RFC 9396 Rich Authorization Requests.
  'payload:authorization_details': {
    title: 'Authorization details',
    description:
      'The fine-grained rights granted, as an array of objects each with a type (RFC 9396), for example a payment of a given amount to a given account. A resource server checks the request falls within them.',
  },

  // RFC 9901 SD-JWT.
  'payload:_sd': {
    title: 'Digests of selectively disclosable claims',
    description:
      'The digests of the disclosures that may fill in this object (RFC 9901 §4.2.4.1), plus any decoys. A verifier hashes each disclosure it receives and puts its claim in place only if the digest is here.',
  },
  'payload:_sd_alg': {
    title: 'Disclosure hash algorithm',
    description:
      'The hash algorithm of the disclosure digests and of sd_hash, such as "sha-256" (RFC 9901 §4.1.1). Only at the top level of the payload; without it, sha-256 is used.',
  },
  'payload:sd_hash': {
    title: 'Hash of the presented SD-JWT',
    description:
      'In a Key Binding JWT: the base64url hash of the issuer-signed JWT and the disclosures presented, each followed by "~" (RFC 9901 §4.3.1). It ties the holder’s signature to exactly this presentation.',
  },

  // SD-JWT VC (draft-ietf-oauth-sd-jwt-vc).
  'payload:vct': {
    title: 'Verifiable credential type',
    description:
      'The type of the SD-JWT VC, a collision-resistant name such as a URL. The type defines which claims must appear and which may be disclosed selectively; it can never be a disclosure itself.',
  },
  'payload:vct#integrity': {
    title: 'Integrity of the type metadata',
    description:
      'A hash of the type metadata document that vct points to, in the Subresource Integrity form "sha256-..." so a verifier can check the document it fetched is the one the issuer meant.',
  },
  'payload:status': {
    title: 'Credential status',
    description:
      'Where to check whether the credential was revoked or suspended, for example a status_list entry with an index and the URI of a Token Status List. Verifiers should check it; it is never disclosed selectively.',
  },
};
