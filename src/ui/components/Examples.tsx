import { EMPTY_KEYS, type KeyInputs } from '../../core/debug/key-inputs';
import type { SecretEncoding } from '../../core/keys/secret';
import { useState } from 'react';
import { EXAMPLE_IDS } from '../examples/menu';
import { useI18n } from '../i18n';

export interface Example {
  readonly id: string;
  readonly alg: string;
  readonly label: string;
  readonly token: string;
  readonly secret?: string;
  readonly secretEncoding?: SecretEncoding;
  readonly publicKey?: string;
  readonly privateKey?: string;
}

/** The examples' tokens and keys are a chunk of their own (25 KB gzip), loaded on a choice. */
function loadExamples(): Promise<readonly Example[]> {
  return import('../examples/examples.json').then(
    (module) => module.default.examples as readonly Example[],
  );
}

export function examplesKeys(example: Example): KeyInputs {
  return {
    ...EMPTY_KEYS,
    secret: example.secret ?? '',
    secretEncoding: example.secretEncoding ?? 'utf8',
    publicKey: example.publicKey ?? '',
    privateKey: example.privateKey ?? '',
  };
}

/**
 * The Examples menu, filled at once (not on hover: a keyboard or screen-reader user would find
 * it empty). The tokens and keys load when one is chosen; the choice waits for them.
 */
export function Examples({
  token,
  onLoad,
}: {
  /** The token on screen: an example whose data arrives after another token came is dropped. */
  readonly token: string;
  readonly onLoad: (example: Example, over: string) => void;
}) {
  const { t } = useI18n();
  // The example chosen last, while its data loads; whether that load failed.
  const [loading, setLoading] = useState<{ id: string; failed: boolean } | undefined>();
  const choose = (id: string) => {
    const over = token;
    setLoading({ id, failed: false });
    loadExamples().then(
      (examples) => {
        // A later choice wins over one whose data arrived after it.
        setLoading((current) => (current?.id === id ? undefined : current));
        const example = examples.find((candidate) => candidate.id === id);
        if (example) onLoad(example, over);
      },
      (error: unknown) => {
        console.error('jwt-debugger: cannot load the examples', error);
        setLoading((current) => (current?.id === id ? { id, failed: true } : current));
      },
    );
  };
  const failed = loading?.failed ?? false;
  return (
    <div className="control">
      <label htmlFor="examples">{t('examples.label')}</label>
      <select
        id="examples"
        value=""
        aria-busy={loading !== undefined && !failed}
        aria-describedby={failed ? 'examples-failed' : undefined}
        onChange={(event) => {
          if (event.target.value) choose(event.target.value);
        }}
      >
        <option value="">
          {loading && !failed ? t('examples.loading') : t('examples.placeholder')}
        </option>
        {EXAMPLE_IDS.map((id) => {
          const key = `example.${id}`;
          return (
            <option key={id} value={id}>
              {t.has(key) ? t(key) : t('examples.other', { id })}
            </option>
          );
        })}
      </select>
      {failed && (
        <p id="examples-failed" className="quiet" role="alert">
          {t('examples.failed')}
        </p>
      )}
    </div>
  );
}
