import type { JweKeyFacts } from '../../../core/jwe/key';
import { CopyButton } from '../../components/CopyButton';
import { Icon } from '../../components/Icon';
import { useI18n, useMessages } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { jweUiMessages } from '../../i18n/messages/jwe-ui';

/**
 * The key a decryption read and tried, or an encryption encrypted for, as the signature's key
 * boxes say theirs (KeyFacts): its format, type and size or curve, and which key of a JWK Set.
 * Shown after a failure too: "the key unwrap failed" reads better beside the key that was tried.
 */
function Facts({
  facts,
  id,
  alg,
  byKid,
  note,
}: {
  readonly facts: JweKeyFacts;
  readonly id: string;
  readonly alg: string;
  readonly byKid: boolean;
  readonly note: string | undefined;
}) {
  const { t } = useI18n();
  const ui = useMessages(jweUiMessages);
  const format =
    facts.format === 'base64url' || facts.format === 'password'
      ? ui(`jwe.format.${facts.format}`)
      : t(`format.${facts.format}` as MessageKey);
  const bits = facts.bits ?? 0;
  // The words of KeyFacts for RSA and the curves; a JWE's symmetric keys and passwords by bits.
  const shape =
    facts.kty === 'RSA'
      ? t('facts.rsa', { bits })
      : facts.curve !== undefined
        ? facts.kty === 'OKP'
          ? t('facts.okp', { curve: facts.curve })
          : t('facts.curve', { kty: facts.kty ?? 'EC', curve: facts.curve })
        : facts.kind === 'password'
          ? ui('jwe.facts.password', { bytes: bits / 8 })
          : ui('jwe.facts.oct', { bits });
  const kind =
    facts.kind === 'public' || facts.kind === 'private' ? ` · ${t(`facts.${facts.kind}`)}` : '';
  return (
    <div className="key-facts" id={id}>
      <p>
        <Icon name="check" /> {t('facts.detected', { format })} · {shape}
        {kind}
      </p>
      {facts.jwksIndex !== undefined && (
        <p>
          {t(byKid ? 'jwks.byKid' : 'jwks.byAlg', {
            which: facts.kid !== undefined ? `"${facts.kid}"` : `#${facts.jwksIndex + 1}`,
            count: facts.jwksCount ?? 0,
            alg,
          })}
        </p>
      )}
      {note && <p>{note}</p>}
    </div>
  );
}

/** A JWE key box: its label, a copy button, the text, and what the page read in it. */
export function KeyBox({
  id,
  label,
  placeholder,
  value,
  onChange,
  facts,
  note,
  alg,
  byKid,
}: {
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The key as read, once a decryption or encryption used it: the box's description. */
  readonly facts: JweKeyFacts | undefined;
  /** A line after the facts (where the key came from). */
  readonly note?: string | undefined;
  readonly alg: string | undefined;
  /** The header names a `kid`, which chose the key of a JWK Set. */
  readonly byKid: boolean;
}) {
  const factsId = `${id}-facts`;
  const shown = facts && alg !== undefined;
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <CopyButton text={value} what={label} />
      </div>
      <textarea
        id={id}
        className="key-input"
        rows={4}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        aria-describedby={shown ? factsId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {shown && <Facts facts={facts} id={factsId} alg={alg} byKid={byKid} note={note} />}
    </div>
  );
}
