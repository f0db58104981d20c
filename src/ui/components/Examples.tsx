import { useState } from 'react';
import { EMPTY_KEYS, type KeyInputs } from '../../core/debug/key-inputs';
import type { SecretEncoding } from '../../core/keys/secret';
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

/** The examples are a chunk of their own, loaded when the menu is first used. */
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

export function Examples({ onLoad }: { readonly onLoad: (example: Example) => void }) {
  const { t } = useI18n();
  const [examples, setExamples] = useState<readonly Example[] | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const ensure = () => {
    if (examples || loading) return;
    setLoading(true);
    loadExamples()
      .then(setExamples)
      .catch((error: unknown) => console.error('jwt-debugger: cannot load the examples', error))
      .finally(() => setLoading(false));
  };
  return (
    <div className="control">
      <label htmlFor="examples">{t('examples.label')}</label>
      <select
        id="examples"
        value=""
        onFocus={ensure}
        onPointerDown={ensure}
        onMouseEnter={ensure}
        onChange={(event) => {
          const example = examples?.find((candidate) => candidate.id === event.target.value);
          if (example) onLoad(example);
        }}
      >
        <option value="">{loading ? t('examples.loading') : t('examples.placeholder')}</option>
        {examples?.map((example) => {
          const key = `example.${example.id}`;
          return (
            <option key={example.id} value={example.id}>
              {t.has(key) ? t(key) : example.label}
            </option>
          );
        })}
      </select>
    </div>
  );
}
