/**
 * English explanations for every payload claim and Header Parameter in the catalogue
 * (`src/core/claims`), keyed `payload:<name>` / `header:<name>`, plus the generic `private`
 * and `public` entries for names the catalogue does not know.
 */
import type { ClaimTexts } from './types';

export const claimTextsEn: ClaimTexts = {
  // RFC 7519 §4.1 Registered Claim Names.
  'payload:iss': {
    title: 'Issuer',
    description:
      'Identifies who issued the token, often an https URL for OpenID Connect and OAuth servers. Verifiers compare it exactly (case-sensitive) with the issuer they trust and use it to choose the keys to verify with.',
  },
  'payload:sub': {
    title: 'Subject (user identifier)',
    description:
      'Identifies the principal the token is about, usually a user ID that is unique within the issuer, so iss plus sub identifies a user. flask-jwt-extended 4 stores its identity here.',
  },
  'payload:aud': {
    title: 'Audience',
    description:
      'The recipients the token is intended for: a single string or an array of strings. A verifier must find its own identifier in it and reject the token otherwise.',
  },
  'payload:exp': {
    title: 'Expiration time',
    description:
      'The time after which the token must not be accepted. Verifiers reject it once this moment has passed, usually allowing a small clock-skew leeway.',
  },
  'payload:nbf': {
    title: 'Not before',
    description:
      'The time before which the token must not be accepted. Verifiers reject it until this moment arrives, usually allowing a small clock-skew leeway.',
  },
  'payload:iat': {
    title: 'Issued at',
    description:
      'The time at which the token was issued, which tells its age. RFC 7519 does not make it a reason to reject a token, but some verifiers enforce a maximum age, and DPoP proofs are only accepted shortly after it.',
  },
  'payload:jti': {
    title: 'JWT ID',
    description:
      'A unique identifier for this token. Servers use it to detect replays (as DPoP requires) or to revoke single tokens, as flask-jwt-extended does with its blocklist.',
  },

  // OpenID Connect Core 1.0 §2 ID Token claims.
  'payload:auth_time': {
    title: 'Authentication time',
    description:
      'When the user last actively authenticated, for example by entering a password. A client that asked for max_age checks it to decide whether the login is recent enough.',
  },
  'payload:nonce': {
    title: 'Nonce',
    description:
      'In an ID token, the value the client sent in its authentication request, returned unchanged; the client must check it matches to stop replayed tokens. In a DPoP proof, it echoes a nonce the server supplied.',
  },
  'payload:acr': {
    title: 'Authentication context class',
    description:
      'Names the class of authentication the login satisfied, such as a level of assurance; the values are agreed between the parties. "0" means the login did not meet ISO/IEC 29115 level 1 and should not grant access to anything of value.',
  },
  'payload:amr': {
    title: 'Authentication methods',
    description:
      'An array of the methods used to authenticate the user, for example "pwd", "otp" or "mfa" (values from RFC 8176). It lets a relying party see how the login happened, e.g. whether a second factor was used.',
  },
  'payload:azp': {
    title: 'Authorized party',
    description:
      'The client ID of the party the ID token was issued to. It matters mostly when aud holds several values; when present, a client should check it equals its own client ID.',
  },
  'payload:at_hash': {
    title: 'Access token hash',
    description:
      "The base64url left half of a hash of the access token, using the hash of the ID token's alg (SHA-256 for RS256). The client recomputes it to check the access token came with this ID token.",
  },
  'payload:c_hash': {
    title: 'Authorization code hash',
    description:
      "The base64url left half of a hash of the authorization code, using the hash of the ID token's alg. In the hybrid flow the client recomputes it to check the code was not swapped.",
  },
  'payload:sid': {
    title: 'Session ID',
    description:
      "Identifies the user's session at the OpenID provider. Front-channel and back-channel logout use it to say which session has ended.",
  },

  // OpenID Connect Core 1.0 §5.1 Standard Claims.
  'payload:name': {
    title: 'Full name',
    description:
      "The user's full name in displayable form, possibly with titles and suffixes, ordered according to the user's locale. It is for display only; identify the user by iss and sub.",
  },
  'payload:given_name': {
    title: 'Given name',
    description:
      "The user's given name or first name. Some people have several, separated by spaces.",
  },
  'payload:family_name': {
    title: 'Family name',
    description:
      "The user's surname or last name. Some people have several, or none, separated by spaces.",
  },
  'payload:middle_name': {
    title: 'Middle name',
    description:
      "The user's middle name or names, separated by spaces. Many cultures do not use middle names.",
  },
  'payload:nickname': {
    title: 'Nickname',
    description:
      'A casual name the user goes by, which may or may not be the same as the given name. For display only.',
  },
  'payload:preferred_username': {
    title: 'Preferred username',
    description:
      'The short name the user wishes to be referred to by, such as "janedoe" or "j.doe". It may contain any characters and is not guaranteed to be unique, so never use it as the user\'s key.',
  },
  'payload:email': {
    title: 'Email address',
    description:
      "The user's preferred email address. It may change and is not guaranteed unique or verified (see email_verified), so do not use it in place of sub to identify the user.",
  },
  'payload:gender': {
    title: 'Gender',
    description:
      'The user\'s gender. The specification defines "female" and "male", and other values may be used.',
  },
  'payload:birthdate': {
    title: 'Birthdate',
    description:
      'The user\'s birthday as an ISO 8601 date, YYYY-MM-DD. The year may be "0000" to leave it out, or the value may be just YYYY.',
  },
  'payload:zoneinfo': {
    title: 'Time zone',
    description:
      'The user\'s time zone as a name from the IANA tz database, such as "Europe/Paris" or "America/Los_Angeles".',
  },
  'payload:locale': {
    title: 'Locale',
    description:
      'The user\'s locale as a BCP 47 language tag, such as "en-US" or "zh-CN". Some providers write it with an underscore ("en_US"), which relying parties may also accept.',
  },
  'payload:phone_number': {
    title: 'Phone number',
    description:
      'The user\'s preferred telephone number, recommended in E.164 format such as "+1 (425) 555-1212". An extension may follow in RFC 3966 form, e.g. ";ext=5678".',
  },
  'payload:profile': {
    title: 'Profile page',
    description: "The URL of the user's profile page.",
  },
  'payload:picture': {
    title: 'Picture',
    description:
      "The URL of the user's profile picture. It points to an image file, not to a web page containing one.",
  },
  'payload:website': {
    title: 'Website',
    description: "The URL of the user's web page or blog.",
  },
  'payload:email_verified': {
    title: 'Email verified',
    description:
      'true if the provider took steps to confirm the user controlled the email address when it was verified, false otherwise. Check it before trusting email.',
  },
  'payload:phone_number_verified': {
    title: 'Phone number verified',
    description:
      'true if the provider took steps to confirm the user controlled the phone number when it was verified, false otherwise. When true, phone_number must be in E.164 format.',
  },
  'payload:address': {
    title: 'Postal address',
    description:
      "The user's postal address as a JSON object with members such as formatted, street_address, locality, region, postal_code and country.",
  },
  'payload:updated_at': {
    title: 'Profile updated at',
    description:
      "The time the user's profile information was last updated, in seconds since the epoch.",
  },

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

  // flask-jwt-extended and Flask-JWT.
  'payload:fresh': {
    title: 'Fresh login',
    description:
      'flask-jwt-extended: true if the token was created by a fresh login (credentials just entered), false if it came from a refresh token; it may also be a time until which the token counts as fresh. Routes that require a fresh token reject the others.',
  },
  'payload:type': {
    title: 'Token type (flask-jwt-extended)',
    description:
      'flask-jwt-extended: "access" or "refresh". The extension refuses a refresh token where an access token is expected, and the other way round.',
  },
  'payload:csrf': {
    title: 'CSRF token',
    description:
      'flask-jwt-extended: the double-submit CSRF value used when the token travels in a cookie. State-changing requests must send the same value in a header (X-CSRF-TOKEN by default), and the extension compares the two.',
  },
  'payload:user_claims': {
    title: 'Additional claims (legacy)',
    description:
      'Where flask-jwt-extended before version 4 put the extra claims an application added. Version 4 puts them at the top level of the payload instead.',
  },
  'payload:identity': {
    title: 'Identity (Flask-JWT)',
    description:
      'Holds the user ID in tokens made by Flask-JWT, and by flask-jwt-extended before version 4. Newer flask-jwt-extended puts the identity in sub.',
  },

  // JOSE Header Parameters: RFC 7515 (JWS) and RFC 7516 (JWE).
  'header:alg': {
    title: 'Algorithm',
    description:
      'The algorithm that signs the token (JWS, e.g. HS256, RS256, ES256) or encrypts its key (JWE). Verifiers must decide which algorithms they accept from the key, never from this value: reject "none" and never use an RSA public key as an HS256 secret.',
  },
  'header:jku': {
    title: 'JWK Set URL',
    description:
      'A URL of a JWK Set holding the key that signed the token. A verifier must never fetch or trust keys from a URL named by the token itself unless that URL is on an allow-list.',
  },
  'header:jwk': {
    title: 'JSON Web Key (embedded)',
    description:
      'The public key itself, embedded in the header. A verifier must never trust a key supplied by the token without an allow-list; DPoP proofs and ACME requests carry it on purpose to prove possession of that key.',
  },
  'header:kid': {
    title: 'Key ID',
    description:
      "A hint naming the key that was used; verifiers use it to pick the key from a JWK Set. It is attacker-controlled text, so never put it into file paths or SQL queries; in ACME it is the account's URL.",
  },
  'header:x5u': {
    title: 'X.509 URL',
    description:
      'A URL of the X.509 certificate or chain for the signing key. A verifier must never fetch or trust a certificate named by the token itself without an allow-list, and must validate the chain.',
  },
  'header:x5c': {
    title: 'X.509 certificate chain',
    description:
      'An array of base64 (not base64url) DER certificates, the first holding the signing key. A verifier must validate the chain against its own trusted roots before trusting the key.',
  },
  'header:x5t': {
    title: 'X.509 thumbprint (SHA-1)',
    description:
      'The base64url SHA-1 digest of the DER certificate holding the key. Verifiers use it, like kid, to pick a certificate they already trust.',
  },
  'header:x5t#S256': {
    title: 'X.509 thumbprint (SHA-256)',
    description:
      'The base64url SHA-256 digest of the DER certificate holding the key. Verifiers use it, like kid, to pick a certificate they already trust.',
  },
  'header:typ': {
    title: 'Type',
    description:
      'The media type of the whole token, usually "JWT"; profiles set explicit types such as "at+jwt" (RFC 9068), "dpop+jwt" (RFC 9449) or "secevent+jwt" (RFC 8417). Checking it stops one kind of token being accepted as another.',
  },
  'header:cty': {
    title: 'Content type',
    description:
      'The media type of the payload. "JWT" means the payload is itself a JWT (a nested token, e.g. signed then encrypted); for ordinary JWTs it is left out.',
  },
  'header:crit': {
    title: 'Critical',
    description:
      'Lists extension Header Parameters the recipient must understand and process, such as ["b64"]. A recipient that does not understand one of them must reject the token.',
  },
  'header:enc': {
    title: 'Content encryption algorithm',
    description:
      'JWE only: the algorithm that encrypts the payload with the content encryption key, such as A256GCM or A128CBC-HS256.',
  },
  'header:zip': {
    title: 'Compression',
    description:
      'JWE only: "DEF" means the payload was compressed with DEFLATE before encryption. Recipients should cap the decompressed size to avoid decompression bombs.',
  },
  'header:epk': {
    title: 'Ephemeral public key',
    description:
      'The public key the sender generated for ECDH-ES key agreement; the recipient combines it with its private key to derive the key. Recipients must check the point lies on the expected curve.',
  },
  'header:apu': {
    title: 'Agreement PartyUInfo',
    description:
      'base64url information about the producer, such as its name, mixed into the ECDH-ES key derivation.',
  },
  'header:apv': {
    title: 'Agreement PartyVInfo',
    description:
      'base64url information about the recipient, such as its name, mixed into the ECDH-ES key derivation.',
  },
  'header:iv': {
    title: 'Initialization vector (key wrap)',
    description:
      'The 96-bit IV used by AES-GCM key wrapping (A128GCMKW and friends) to encrypt the content encryption key. It is not the IV of the content, which is a separate part of the JWE.',
  },
  'header:tag': {
    title: 'Authentication tag (key wrap)',
    description:
      'The 128-bit authentication tag from AES-GCM key wrapping of the content encryption key. It is not the tag of the content, which is a separate part of the JWE.',
  },
  'header:p2s': {
    title: 'PBES2 salt input',
    description:
      'base64url salt input for password-based encryption (PBES2), at least 8 bytes. The actual salt is the alg name, a zero byte and this value.',
  },
  'header:p2c': {
    title: 'PBES2 iteration count',
    description:
      'The number of PBKDF2 iterations for password-based encryption; at least 1000 is recommended. Recipients should cap it, since a huge count lets an attacker waste their CPU.',
  },
  'header:b64': {
    title: 'Base64url-encode payload',
    description:
      'false means the payload is not base64url-encoded and is signed as raw bytes (RFC 7797). It must also be listed in crit so that recipients who do not understand it reject the token.',
  },
  'header:url': {
    title: 'Request URL (ACME)',
    description:
      'The exact URL the ACME request is sent to. The server rejects the request if it does not match.',
  },
  'header:nonce': {
    title: 'Replay nonce (ACME)',
    description:
      "A value from the ACME server's Replay-Nonce response header. The server accepts each nonce only once, which protects against replayed requests.",
  },

  // Generic entries for claim names the catalogue does not know.
  private: {
    title: 'Private claim',
    description:
      'A claim name agreed between the producer and the consumer of the token (RFC 7519 §4.3). It is not registered, so its meaning is up to the application.',
  },
  public: {
    title: 'Public claim (collision-resistant name)',
    description:
      'A claim name defined in the IANA JSON Web Token Claims registry or chosen to be collision-resistant, such as a URI (RFC 7519 §4.2). Its meaning is set by whoever defined the name.',
  },
};
