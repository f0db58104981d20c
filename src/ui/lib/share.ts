/** Share links carry the token in the fragment, which browsers never send to a server. */
const PREFIX = '#token=';

export function shareLink(token: string, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${PREFIX}${encodeURIComponent(token.trim())}`;
}

/** The token in a `#token=` fragment, or undefined. */
export function tokenFromHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length));
  } catch (error) {
    // A malformed %-escape: show the text as it is, the token parser will say what is wrong.
    if (error instanceof URIError) return hash.slice(PREFIX.length);
    throw error;
  }
}
