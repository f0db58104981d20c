import type { KeyInputs } from '../../core/debug/key-inputs';
import type { ViewModel } from '../../core/view/model';
import { useI18n, useMessages } from '../i18n';
import { strictNotesMessages } from '../i18n/messages/strict-notes';
import { duration, intlLocale } from '../lib/time';
import { partLine } from '../lib/messages';

type Notes = ReturnType<typeof useMessages<keyof typeof strictNotesMessages.en>>;

/** `{duration}` and `{when}` for a validity note, in the page's language. */
function timeWords(
  notes: Notes,
  detail: Readonly<Record<string, string | number>>,
  locale: string,
): Record<string, string | number> {
  const words: Record<string, string | number> = { ...detail };
  if (typeof detail.seconds === 'number')
    words.duration = duration(Math.abs(detail.seconds), locale);
  if (typeof detail.iso === 'string') words.when = detail.iso;
  else if (typeof detail.year === 'number')
    words.when = notes('validity.year', { year: detail.year });
  return words;
}

/** An ISO 8601 instant in a note's text, kept on one line (it would break at a hyphen). */
const INSTANT = /(\d{4}-\d{2}-\d{2}T[\d:.]+Z)/;

function withInstants(text: string) {
  return text.split(INSTANT).map((piece, index) =>
    index % 2 === 1 ? (
      <time key={index} dateTime={piece} className="nowrap">
        {piece}
      </time>
    ) : (
      piece
    ),
  );
}

/** A key of a JWK Set, as the page names it: its kid, else its place in the set. */
function which(
  entries: readonly { readonly index: number; readonly kid?: string }[],
  comma: string,
): string {
  return entries
    .map((entry) => (entry.kid !== undefined ? `"${entry.kid}"` : `#${entry.index + 1}`))
    .join(comma);
}

/**
 * Beside the verdict: whether the token is valid now, which key of a JWK Set verified, what
 * was repaired in a key or is dangerous about it, and the box for a detached payload. A chunk
 * of its own with its words (i18n/messages/strict-notes.ts).
 */
export default function VerdictNotes({
  view,
  keys,
  onKeys,
}: {
  readonly view: ViewModel;
  readonly keys: KeyInputs;
  readonly onKeys: (patch: Partial<KeyInputs>) => void;
}) {
  const notes = useMessages(strictNotesMessages);
  const { t, language } = useI18n();
  const locale = intlLocale(language);
  const lines: { tone: string; text: string }[] = [];
  for (const note of view.validity) {
    lines.push({
      tone: note.severity === 'danger' ? 'bad' : 'warn',
      text: notes(`validity.${note.code}`, timeWords(notes, note.detail, locale)),
    });
  }
  const candidates = view.verdict.state === 'checked' ? view.verdict.candidates : undefined;
  if (candidates && candidates.outcome !== 'single') {
    lines.push({
      tone: candidates.outcome === 'none-verified' ? 'warn' : 'good',
      text: notes(`candidates.${candidates.outcome}`, {
        which: which(candidates.verifiedBy, t('punct.comma')),
        tried: candidates.tried,
      }),
    });
  }
  for (const { slot, note } of view.keys.notes) {
    lines.push({
      tone: note.severity === 'danger' ? 'bad' : note.severity === 'warning' ? 'warn' : 'neutral',
      text: partLine(t, slot, notes(`keynote.${note.code}`, note.detail ?? {})),
    });
  }
  return (
    <>
      {lines.length > 0 && (
        <ul className="verdict-notes">
          {lines.map((line, index) => (
            <li key={index} className={`tone-${line.tone}`}>
              {withInstants(line.text)}
            </li>
          ))}
        </ul>
      )}
      {view.detached && (
        <div className="field">
          <label htmlFor="detached-payload" className="field-label">
            {notes('detached.label')}
          </label>
          <textarea
            id="detached-payload"
            rows={3}
            value={keys.detachedPayload}
            placeholder={notes('detached.placeholder')}
            spellCheck={false}
            onChange={(event) => onKeys({ detachedPayload: event.target.value })}
          />
        </div>
      )}
    </>
  );
}
