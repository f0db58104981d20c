import { useState } from 'react';
import type { JwsAlgorithm } from '../../core/algorithms';
import type { KeyInputs, KeyReport, KeyReports, KeySlot } from '../../core/debug/key-inputs';
import { JwtDebuggerError } from '../../core/errors';
import { SECRET_ENCODINGS, type SecretEncoding } from '../../core/keys/secret';
import { useI18n } from '../i18n';
import { CopyButton } from './CopyButton';
import { KeyFacts } from './KeyFacts';

interface Props {
  readonly entry: JwsAlgorithm | undefined;
  readonly keys: KeyInputs;
  readonly reports: KeyReports;
  readonly publicDerived: boolean;
  readonly supported: boolean;
  readonly onChange: (patch: Partial<KeyInputs>) => void;
  readonly onGenerateError: (message: string) => void;
}

function KeyBox({
  slot,
  label,
  placeholder,
  value,
  report,
  alg,
  note,
  rows,
  onChange,
}: {
  readonly slot: KeySlot;
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly report: KeyReport | undefined;
  readonly alg: string;
  readonly note?: string;
  readonly rows: number;
  readonly onChange: (value: string) => void;
}) {
  const id = `key-${slot}`;
  const factsId = `${id}-facts`;
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
        className={`key-input ${slot === 'secret' ? 'secret-input' : ''}`}
        value={value}
        rows={rows}
        placeholder={placeholder}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        aria-invalid={report?.ok === false || undefined}
        aria-describedby={report?.ok ? factsId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {note && <p className="quiet">{note}</p>}
      {report?.ok && <KeyFacts report={report} id={factsId} alg={alg} />}
    </div>
  );
}

/** The key boxes the alg needs: the secret for HS*, public and private keys for the others. */
export function KeyPane({
  entry,
  keys,
  reports,
  publicDerived,
  supported,
  onChange,
  onGenerateError,
}: Props) {
  const { t } = useI18n();
  const [generating, setGenerating] = useState(false);
  if (!entry) return <p className="quiet">{t('key.unknownAlg')}</p>;
  if (entry.family === 'none') return <p className="quiet">{t('key.none')}</p>;

  const generate = () => {
    setGenerating(true);
    // Key generation and PEM export load on first use.
    import('../../core/keys/generate')
      .then(({ generateKeyFor }) => generateKeyFor(entry.alg))
      .then((generated) => {
        if (generated.kind === 'secret')
          onChange({ secret: generated.secret, secretEncoding: 'base64url' });
        else onChange({ privateKey: generated.privatePem, publicKey: generated.publicPem });
      })
      .catch((error: unknown) => {
        if (!(error instanceof JwtDebuggerError)) throw error;
        onGenerateError(
          error.code === 'KEY_ALG_NOT_SUPPORTED'
            ? t('key.unsupported', { alg: entry.alg })
            : error.message,
        );
      })
      .finally(() => setGenerating(false));
  };

  return (
    <div className="key-pane">
      {!supported && <p className="quiet">{t('key.unsupported', { alg: entry.alg })}</p>}
      {entry.family === 'hmac' ? (
        <>
          <KeyBox
            slot="secret"
            label={t('key.secret')}
            placeholder={t('key.secret.placeholder')}
            value={keys.secret}
            report={reports.secret}
            alg={entry.alg}
            rows={2}
            onChange={(secret) => onChange({ secret })}
          />
          <div className="field inline">
            <label htmlFor="secret-encoding" className="field-label">
              {t('key.secretEncoding')}
            </label>
            <select
              id="secret-encoding"
              value={keys.secretEncoding}
              onChange={(event) =>
                onChange({ secretEncoding: event.target.value as SecretEncoding })
              }
            >
              {SECRET_ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {t(`key.encoding.${encoding}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : (
        <>
          {(['publicKey', 'privateKey'] as const).map((slot) => (
            <KeyBox
              key={slot}
              slot={slot}
              label={t(`key.${slot}`)}
              placeholder={t(`key.${slot}.placeholder`)}
              value={keys[slot]}
              report={reports[slot]}
              alg={entry.alg}
              rows={5}
              {...(slot === 'publicKey' && publicDerived ? { note: t('key.publicDerived') } : {})}
              onChange={(text) => onChange({ [slot]: text })}
            />
          ))}
        </>
      )}
      <button
        type="button"
        className="button"
        onClick={generate}
        disabled={generating || !supported}
      >
        {generating ? t('key.generating') : t('key.generate')}
      </button>
    </div>
  );
}
