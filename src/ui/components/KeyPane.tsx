import { lazy, Suspense, useState } from 'react';
import type { KeyInputs, KeyReport, KeySlot } from '../../core/debug/key-inputs';
import type { KeysView } from '../../core/view/model';
import { JwtDebuggerError } from '../../core/errors';
import { Lazy } from '../../core/lazy';
import { SECRET_ENCODINGS, type SecretEncoding } from '../../core/keys/secret';
import { useI18n } from '../i18n';
import { useLazy } from '../lib/lazy';
import { CopyButton } from './CopyButton';

/** The key details (PEM, JWK, thumbprint, certificates) are a chunk of their own. */
const KeyDetails = lazy(() =>
  import('./KeyDetails').then((module) => ({ default: module.KeyDetails })),
);

interface Props {
  readonly view: KeysView;
  /** The shown token's protected header, for the key details (a key that is the token's own). */
  readonly header?: unknown;
  readonly keys: KeyInputs;
  readonly supported: boolean;
  readonly onChange: (patch: Partial<KeyInputs>) => void;
}

/**
 * A key's facts, shown once it imported: their code loads with the first key and is kept, as
 * React.lazy keeps KeyDetails, so that a key's next report draws them with its verdict, not a
 * task and a frame after it.
 */
const facts = new Lazy(() => import('./KeyFacts'));

function Facts(props: {
  readonly report: Extract<KeyReport, { ok: true }>;
  readonly id: string;
  readonly alg: string;
}) {
  const KeyFacts = useLazy(facts).module?.KeyFacts;
  return KeyFacts ? <KeyFacts {...props} /> : <div className="key-facts" id={props.id} />;
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
  header,
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
  readonly header?: unknown;
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
      {report?.ok && <Facts report={report} id={factsId} alg={alg} />}
      {report?.ok && slot !== 'secret' && (
        <Suspense fallback={null}>
          <KeyDetails text={value} imported={report.key} header={header} />
        </Suspense>
      )}
    </div>
  );
}

/** The key boxes the alg needs: the secret for HS*, public and private keys for the others. */
export function KeyPane({ view, keys, supported, header, onChange }: Props) {
  const { t } = useI18n();
  const { entry, reports = {}, publicKey, publicDerived } = view;
  const [generating, setGenerating] = useState(false);
  // What went wrong generating a key, for the alg it was generated for.
  const [failure, setFailure] = useState<{ alg: string; message: string } | undefined>();
  if (!entry) return <p className="quiet">{t('key.unknownAlg')}</p>;
  if (entry.family === 'none') return <p className="quiet">{t('key.none')}</p>;
  const onGenerateError = (message: string) => setFailure({ alg: entry.alg, message });

  const generate = () => {
    setFailure(undefined);
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
        // A key the browser cannot make, a chunk that did not load: said, never left hanging.
        onGenerateError(
          error instanceof JwtDebuggerError && error.code === 'KEY_ALG_NOT_SUPPORTED'
            ? t('key.unsupported', { alg: entry.alg })
            : t('key.generateFailed', {
                reason: error instanceof Error ? error.message : String(error),
              }),
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
              value={slot === 'publicKey' ? publicKey : keys[slot]}
              report={reports[slot]}
              alg={entry.alg}
              rows={5}
              header={header}
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
      {failure?.alg === entry.alg && (
        <p className="key-failure" aria-live="polite">
          {failure.message}
        </p>
      )}
    </div>
  );
}
