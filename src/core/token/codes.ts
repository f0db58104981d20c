/** What reading pasted text can say about it (token/clean.ts, token/read.ts, jws/parse.ts). */
export type TokenCode =
  | 'TOKEN_EMPTY'
  /** `detail.count`: not the 3 parts of a JWS (2: the signature is missing). */
  | 'TOKEN_PART_COUNT'
  | 'TOKEN_IS_JWE'
  // What was undone to find the token inside the text (info): clean.ts.
  | 'STRIPPED_WHITESPACE'
  /** `detail.header`: with an `Authorization:` header name before it. */
  | 'STRIPPED_BEARER'
  | 'STRIPPED_QUOTES'
  /** `detail.member`: the member of a JSON token response the token was taken from. */
  | 'TOKEN_FROM_JSON'
  /** White space inside the token, removed: `offset`, `char`, `detail.count`. */
  | 'TOKEN_JOINED'
  /** `%XX` escapes decoded: `detail.count`. */
  | 'TOKEN_URL_DECODED'
  | 'TOKEN_TRAILING_DOT';
