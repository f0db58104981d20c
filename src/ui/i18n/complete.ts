/**
 * Compile-time only: every code of the core has words, in the first screen's table or the
 * later one. `tsc` fails here, naming the keys, when a code has none (style.md, "Codes as
 * types"); zh.ts and zh-later.ts are held to the same keys as their English tables.
 */
import type { KeySlot } from '../../core/debug/key-inputs';
import type { DiagnosticCode, Part } from '../../core/diagnostics';
import type { VerdictReason } from '../../core/jws/verify';
import type { KeyErrorCode } from '../../core/keys/errors';
import type { LintRule } from '../../core/lints/rules';
import type { en } from './en';
import type { enLater } from './en-later';

type Needed =
  | `diag.${DiagnosticCode}`
  | `keyerr.${KeyErrorCode}`
  | `verdict.${VerdictReason}`
  | `lint.${LintRule}`
  | `part.name.${Part | KeySlot}`;

type Missing = Exclude<Needed, keyof typeof en | keyof typeof enLater>;

/** `true` only while nothing is missing; otherwise a type error lists what is. */
export const everyCodeHasWords: [Missing] extends [never] ? true : Missing = true;
