/**
 * Names in the IANA "JSON Web Token Claims" registry (RFC 7519 §10.1), in registry order, as of
 * its mid-2026 state, and the "JSON Web Signature and Encryption Header Parameters" registry's
 * names this catalogue has no row for. A name here is a registered claim (RFC 7519 §4.1, §4.2);
 * SD-JWT VC's `vct` and `vct#integrity` are not here yet: their draft has not been published.
 */
const CLAIMS = [
  // RFC 7519 §4.1 and OpenID Connect Core 1.0.
  ...['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'],
  ...['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username'],
  ...['profile', 'picture', 'website', 'email', 'email_verified', 'gender', 'birthdate'],
  ...['zoneinfo', 'locale', 'phone_number', 'phone_number_verified', 'address', 'updated_at'],
  ...['azp', 'nonce', 'auth_time', 'at_hash', 'c_hash', 'acr', 'amr', 'sub_jwk', 'cnf'],
  // SIP, STIR/PASSporT, Security Event Tokens, logout, token exchange, ACE, SCIM, EAT.
  ...['sip_from_tag', 'sip_date', 'sip_callid', 'sip_cseq_num', 'sip_via_branch'],
  ...['orig', 'dest', 'mky', 'events', 'toe', 'txn', 'rph', 'sid', 'vot', 'vtm', 'attest'],
  ...['origid', 'act', 'scope', 'client_id', 'may_act', 'jcard', 'at_use_nbr', 'div', 'opt'],
  ...['vc', 'vp', 'sph', 'ace_profile', 'cnonce', 'exi', 'roles', 'groups', 'entitlements'],
  ...['token_introspection', 'eat_nonce', 'ueid', 'sueids', 'oemid', 'hwmodel', 'hwversion'],
  ...['oemboot', 'dbgstat', 'location', 'eat_profile', 'submods', 'uptime', 'bootcount'],
  ...['bootseed', 'dloas', 'swname', 'swversion', 'manifests', 'measurements', 'measres'],
  ...['intuse', 'cdniv', 'cdnicrit', 'cdniip', 'cdniuc', 'cdniets', 'cdnistt', 'cdnistd'],
  // RFC 9321, RFC 9396, OpenID Connect for Identity Assurance, RFC 9449, RFC 9447 and others.
  ...['sig_val_claims', 'authorization_details', 'verified_claims', 'place_of_birth'],
  ...['nationalities', 'birth_family_name', 'birth_given_name', 'birth_middle_name'],
  ...['salutation', 'title', 'msisdn', 'also_known_as', 'htm', 'htu', 'ath', 'atc', 'sub_id'],
  ...['rcd', 'rcdi', 'crn', 'msgi', '_claim_names', '_claim_sources', 'rdap_allowed_purposes'],
  ...['rdap_dnt_allowed', 'geohash'],
  // RFC 9901 (SD-JWT).
  ...['_sd', '...', '_sd_alg', 'sd_hash'],
  // 3GPP TS 33.501.
  ...['consumerPlmnId', 'consumerSnpnId', 'producerPlmnId', 'producerSnpnId'],
  ...['producerSnssaiList', 'producerNsiList', 'producerNfSetId', 'producerNfServiceSetId'],
  ...['sourceNfInstanceId', 'analyticsIdList', 'resOwnerId', 'cmw'],
  // OpenID Federation 1.0.
  ...['jwks', 'metadata', 'constraints', 'crit', 'ref', 'delegation', 'logo_uri'],
  ...['authority_hints', 'trust_anchor_hints', 'trust_marks', 'trust_mark_issuers'],
  ...['trust_mark_owners', 'metadata_policy', 'metadata_policy_crit', 'source_endpoint'],
  ...['keys', 'trust_mark_type', 'trust_chain', 'trust_anchor'],
  // Token Status List.
  ...['status', 'status_list', 'ttl', 'stpl'],
];

/**
 * Header Parameters registered at IANA beyond the catalogue's rows: the claims RFC 7519 §5.3
 * lets a JWE header replicate (registered by §10.4.1), PASSporT's `ppt` (RFC 8225) and RFC 9321's
 * `svt`.
 */
const HEADER_PARAMETERS = ['iss', 'sub', 'aud', 'ppt', 'svt'];

export const IANA_CLAIM_NAMES: ReadonlySet<string> = new Set(CLAIMS);
export const IANA_HEADER_NAMES_WITHOUT_ROW: ReadonlySet<string> = new Set(HEADER_PARAMETERS);
