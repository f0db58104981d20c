import { useEffect } from 'react';

/**
 * The token, and only the token, survives a reload within the tab (sessionStorage is per tab
 * and cleared when it closes). Secrets and keys are never stored: SECURITY.md.
 */
const TOKEN_KEY = 'jwt-debugger.token';

export function restoreToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch (error) {
    console.warn('jwt-debugger: cannot read the session', error);
    return undefined;
  }
}

export function rememberToken(token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch (error) {
    // A token over the storage quota (about 5 MB) is simply not kept.
    console.warn('jwt-debugger: cannot keep the token for a reload', error);
  }
}

/** Keeps the token for a reload, debounced: a large token is not copied on every keystroke. */
export function useRememberedToken(token: string): void {
  useEffect(() => {
    const timer = setTimeout(() => rememberToken(token), 300);
    return () => clearTimeout(timer);
  }, [token]);
}
