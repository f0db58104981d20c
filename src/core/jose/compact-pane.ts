/** What the header and payload panes are encoded as, when they lead. */
import type { Diagnostic } from '../diagnostics';
import { compactJson } from '../json/compact';
import { jsonSyntaxDiagnostic } from './part';

/**
 * A pane's text as the compact JSON it is encoded as (JSON.stringify of the parsed text, keys
 * in the order typed, numbers as written); undefined, with the reason in `problems`, when the
 * text is not JSON.
 */
export function compactPane(
  text: string,
  part: 'header' | 'payload',
  problems: Diagnostic[],
): string | undefined {
  const result = compactJson(text);
  if (result.ok) return result.text;
  problems.push(jsonSyntaxDiagnostic(result.error, part));
  return undefined;
}
