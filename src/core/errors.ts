import type { KeyErrorCode } from './keys/errors';

/**
 * Typed errors, like jose's: one base class with a literal `code`, kept `cause`.
 * Thrown only for misuse or for failures a caller asked to be told about as an exception
 * (key import); bad token input is reported as diagnostics, never thrown.
 */
export class JwtDebuggerError extends Error {
  readonly code: string;
  readonly detail: Readonly<Record<string, string | number | boolean>>;

  constructor(
    code: string,
    message: string,
    detail: Record<string, string | number | boolean> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.detail = detail;
  }
}

/** A key could not be read or used; `code` says why (see keys/errors.ts for the list). */
export class KeyError extends JwtDebuggerError {
  declare readonly code: KeyErrorCode;

  constructor(
    code: KeyErrorCode,
    message: string,
    detail: Record<string, string | number | boolean> = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, detail, options);
  }
}
