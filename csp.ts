/**
 * The page's Content-Security-Policy (SECURITY.md): only its own scripts and styles, no inline
 * script, nothing to fetch, workers (the service worker included) and the web app manifest
 * only from its own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The service worker's own policy, sent with sw.js (a worker obeys the policy of its script's
 * response, not the page's): it may fetch the page's files from its origin, and nothing else.
 */
export const SERVICE_WORKER_POLICY = ["default-src 'none'", "connect-src 'self'"].join('; ');

/** Headers for `vite preview`; frame-ancestors only works as a header, not in a meta tag. */
export const PREVIEW_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
