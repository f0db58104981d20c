/**
 * Python with PyJWT and hashlib: PyJWT verifies the issuer JWS (alg pinned) and the KB-JWT
 * (holder key from `cnf.jwk`, `aud` checked); the disclosures are processed as RFC 9901 §7.1
 * says, in a few lines, rejecting a digest seen twice, a disclosure not referenced, a claim
 * that already exists. No SD-JWT library is needed, so the code shows what verification is.
 */
import { pythonString } from './literals';
import type { SdJwtSnippetInput } from './sd-jwt-types';

const PROCESS = [
  'HASHES = {"sha-256": hashlib.sha256, "sha-384": hashlib.sha384, "sha-512": hashlib.sha512}',
  '',
  '',
  'def b64(data):',
  '    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")',
  '',
  '',
  'def unb64(text):',
  '    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))',
  '',
  '',
  'def process(value, by_digest, seen):',
  '    """RFC 9901 §7.1 step 3: put each disclosed claim in place of its digest."""',
  '',
  '    def embedded(digest):',
  '        if digest in seen:',
  '            raise ValueError("a digest is referenced twice")',
  '        seen.add(digest)',
  '        return by_digest.get(digest)',
  '',
  '    if isinstance(value, list):',
  '        out = []',
  '        for item in value:',
  '            if isinstance(item, dict) and list(item) == ["..."]:',
  '                found = embedded(item["..."])',
  '                if found is not None:',
  '                    if len(found) != 2:',
  '                        raise ValueError("an array element disclosure has two elements")',
  '                    out.append(process(found[1], by_digest, seen))',
  '            else:',
  '                out.append(process(item, by_digest, seen))',
  '        return out',
  '    if isinstance(value, dict):',
  '        out = {k: process(v, by_digest, seen) for k, v in value.items() if k != "_sd"}',
  '        for digest in value.get("_sd", []):',
  '            found = embedded(digest)',
  '            if found is None:',
  '                continue  # a decoy, or a claim not disclosed',
  '            if len(found) != 3 or found[1] in ("_sd", "...") or found[1] in out:',
  '                raise ValueError("a malformed or conflicting disclosure")',
  '            out[found[1]] = process(found[2], by_digest, seen)',
  '        return out',
  '    return value',
];

export function pythonSdJwtCode(input: SdJwtSnippetInput): string {
  const kb = input.kbAlg !== undefined;
  const lines = [
    'import base64',
    'import hashlib',
    'import json',
    'import os',
    'import sys',
    'from pathlib import Path',
    '',
    'import jwt',
    '',
    ...PROCESS,
    '',
    '',
    'token = sys.argv[1]',
    '*parts, kb_jwt = token.split("~")',
    'issuer_jwt, disclosures = parts[0], parts[1:]',
    'key = Path(os.environ["SD_JWT_ISSUER_KEY_FILE"]).read_text()',
    `payload = jwt.decode(issuer_jwt, key, algorithms=[${pythonString(input.alg)}])`,
    '',
    'hash_function = HASHES[payload.get("_sd_alg", "sha-256")]',
    'digest_of = lambda text: b64(hash_function(text.encode("ascii")).digest())',
    'by_digest = {digest_of(d): json.loads(unb64(d)) for d in disclosures}',
    'if len(by_digest) != len(disclosures):',
    '    raise ValueError("a disclosure is repeated")',
    'seen = set()',
    'claims = process(payload, by_digest, seen)',
    'claims.pop("_sd_alg", None)',
    'if set(by_digest) - seen:',
    '    raise ValueError("a disclosure is not referenced")  # §7.1 step 5',
    '',
    ...(kb
      ? [
          '# RFC 9901 §7.3: the KB-JWT, signed with the holder key in cnf.jwk, over this presentation.',
          `holder_key = jwt.PyJWK(payload["cnf"]["jwk"], algorithm=${pythonString(input.kbAlg!)}).key`,
          'kb = jwt.decode(',
          '    kb_jwt,',
          '    holder_key,',
          `    algorithms=[${pythonString(input.kbAlg!)}],`,
          `    audience=${pythonString(input.aud ?? '')},`,
          '    options={"require": ["iat", "aud", "nonce", "sd_hash"]},',
          ')',
          'if jwt.get_unverified_header(kb_jwt).get("typ") != "kb+jwt":',
          '    raise ValueError("the KB-JWT typ is not kb+jwt")',
          `if kb["nonce"] != ${pythonString(input.nonce ?? '')}:`,
          '    raise ValueError("the KB-JWT nonce is not this transaction\'s")',
          'if kb["sd_hash"] != digest_of(token[: token.rindex("~") + 1]):',
          '    raise ValueError("the KB-JWT sd_hash does not match the presentation")',
        ]
      : [
          'if kb_jwt != "":',
          '    raise ValueError("expected an SD-JWT ending in ~, without a KB-JWT")',
        ]),
    'print(json.dumps(claims))',
  ];
  return `${lines.join('\n')}\n`;
}
