/**
 * English explanations: registered claims (RFC 7519 §4.1) and OpenID Connect claims. Keys as in src/core/claims/text-keys.ts.
 */
import type { ClaimTexts } from '../types';

export const registeredEn: ClaimTexts = {
  // RFC 7519 §4.1 Registered Claim Names.
  'payload:iss': {
    title: 'Issuer',
    description:
      'Identifies who issued the token, often an https URL for OpenID Connect and OAuth servers. Verifiers compare it exactly (case-sensitive) with the issuer they trust and use it to choose the keys to verify with.',
  },
  'payload:sub': {
    title: 'Subject (user identifier)',
    description:
      'Identifies the principal the token is about, usually a user ID that is unique within the issuer and never reassigned, so iss plus sub identifies a user. Use it, not email or a username, as the key of the user.',
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
      'A unique identifier for this token. Servers use it to detect replays (as DPoP requires) or to revoke single tokens by keeping a list of revoked ids.',
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
      "In an ID token, the value the client sent in its authentication request, returned unchanged; the client must check it to stop replays. In a DPoP proof it echoes the server's nonce; in an SD-JWT Key Binding JWT it is the verifier's challenge.",
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
  // OpenID Connect Core 1.0 §5.6.2 Aggregated and Distributed Claims.
  'payload:_claim_names': {
    title: 'Claim names held elsewhere',
    description:
      'Maps claim names to a source in _claim_sources, for claims not carried in the token itself. Microsoft Entra ID uses it when a user is in too many groups: "groups" then points to a source to query instead.',
  },
  'payload:_claim_sources': {
    title: 'Claim sources',
    description:
      'The sources _claim_names refers to: each is either a JWT holding the claims (aggregated) or an endpoint to fetch them from, with an access token (distributed).',
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
};
