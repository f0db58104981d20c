/**
 * Share links carry the token, and optionally the public key, in the fragment, which browsers
 * never send to a server: `#token=…` or `#token=…&key=…`, each value percent-encoded.
 */
import type { ShareRefusal } from '../../core/keys/shareable';

const TOKEN = 'token';
const KEY = 'key';

export interface SharedFragment {
  readonly token?: string;
  readonly publicKey?: string;
}

export type ShareLinkResult =
  | { readonly ok: true; readonly link: string; readonly withKey: boolean }
  /** The key box holds no public key (a private key, a secret, other text): no link is made. */
  | { readonly ok: false; readonly refusal: ShareRefusal };

/**
 * The link for a token and, when given, the public key box's text. The key goes in only as
 * `shareablePublicKey` rebuilds it (core/keys/shareable.ts), and a key that is not public
 * stops the link being made at all: a secret or private key never reaches a URL. The check
 * loads with the key code, on first use.
 */
export async function shareLink(
  token: string,
  location: Pick<Location, 'origin' | 'pathname'>,
  publicKey?: string,
): Promise<ShareLinkResult> {
  const base = `${location.origin}${location.pathname}#${TOKEN}=${encodeURIComponent(token.trim())}`;
  if (publicKey === undefined || publicKey.trim() === '') {
    return { ok: true, link: base, withKey: false };
  }
  const { shareablePublicKey } = await import('../../core/keys/shareable');
  const shareable = shareablePublicKey(publicKey);
  if (!shareable.ok) return { ok: false, refusal: shareable.refusal };
  return { ok: true, link: `${base}&${KEY}=${encodeURIComponent(shareable.text)}`, withKey: true };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch (error) {
    // A malformed %-escape: the text as it is; the token reader says what is wrong with it.
    if (error instanceof URIError) return value;
    throw error;
  }
}

/**
 * What a `#token=…[&key=…]` fragment holds. The raw values: `main.tsx` checks the key with
 * `shareablePublicKey` before the page uses it, so a link cannot fill in a private key.
 */
export function readShareFragment(hash: string): SharedFragment {
  if (!hash.startsWith(`#${TOKEN}=`)) return {};
  // A token never holds "&" unescaped (base64url, dots, "~"); the key is always escaped.
  const [tokenPart = '', ...rest] = hash.slice(1).split('&');
  const keyPart = rest.find((part) => part.startsWith(`${KEY}=`));
  return {
    token: decode(tokenPart.slice(TOKEN.length + 1)),
    ...(keyPart !== undefined ? { publicKey: decode(keyPart.slice(KEY.length + 1)) } : {}),
  };
}

/** The key from a link, if it is one a link may carry: the text to put in the Public key box. */
export async function sharedPublicKey(text: string): Promise<string | undefined> {
  const { shareablePublicKey } = await import('../../core/keys/shareable');
  const shareable = shareablePublicKey(text);
  return shareable.ok ? shareable.text : undefined;
}
