import { EMPTY_KEYS, type KeyInputs } from '../../core/debug/key-inputs';
import type { SecretEncoding } from '../../core/keys/secret';
import { useI18n } from '../i18n';
import { useDeferredModule } from '../lib/lazy';

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

/** The examples are a chunk of their own (25 KB gzip), loaded after the first paint. */
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
 * The Examples menu, filled as soon as the page has painted (not on hover: a keyboard or
 * screen-reader user would find it empty). The list is a chunk of its own, off the start.
 */
export function Examples({ onLoad }: { readonly onLoad: (example: Example) => void }) {
  const { t } = useI18n();
  const { module: examples, failed, retry } = useDeferredModule(loadExamples);
  return (
    <div className="control">
      <label htmlFor="examples">{t('examples.label')}</label>
      <select
        id="examples"
        value=""
        aria-busy={!examples && !failed}
        onFocus={failed ? retry : undefined}
        onChange={(event) => {
          const example = examples?.find((candidate) => candidate.id === event.target.value);
          if (example) onLoad(example);
        }}
      >
        <option value="">
          {examples
            ? t('examples.placeholder')
            : failed
              ? t('examples.failed')
              : t('examples.loading')}
        </option>
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
