import { jweSteps, tokenValues, type JweStep, type ShownBytes } from '../../../core/jwe/explain';
import type { ParsedJwe } from '../../../core/jwe/parse';
import type { LearnView } from '../../../core/view/learn';
import { Step } from '../../components/Step';
import { useI18n, useMessages } from '../../i18n';
import { learnKindsMessages, type LearnKindsKey } from '../../i18n/messages/learn-kinds';

type T = (key: LearnKindsKey, params?: Readonly<Record<string, string | number>>) => string;

/** The names RFC 7516 and 7518 give the values: the same in every language. */
const LABELS: Readonly<Record<string, string>> = {
  alg: 'alg',
  enc: 'enc',
  cek: 'CEK',
  crv: 'crv',
  z: 'Z',
  apu: 'apu',
  apv: 'apv',
  algorithmId: 'AlgorithmID',
  keyDataLen: 'keydatalen',
  kek: 'KEK',
  salt: 'salt (UTF-8(alg) ‖ 0x00 ‖ p2s)',
  p2c: 'p2c',
  hash: 'hash',
  encryptedKey: 'JWE Encrypted Key',
  iv: 'IV',
  compressed: 'DEFLATE',
  json: 'JSON',
  encoded: 'BASE64URL',
  aad: 'AAD',
  macKey: 'MAC_KEY',
  encKey: 'ENC_KEY',
  al: 'AL',
  ciphertext: 'ciphertext',
  tag: 'tag',
  compact: 'compact',
};

/** Values the page shows only as text: the step's sentence already says them. */
const IN_SENTENCE = new Set(['mode', 'length']);

function isBytes(value: unknown): value is ShownBytes {
  return typeof value === 'object' && value !== null && 'hex' in value;
}

function valueText(step: JweStep, t: T): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(step.values)) {
    if (IN_SENTENCE.has(name)) continue;
    const label = LABELS[name] ?? name;
    if (!isBytes(value)) {
      lines.push(`${label}: ${value}`);
      continue;
    }
    const more = value.cut ? '…' : '';
    lines.push(
      `${label} (${t('jwe.bytes', { bytes: value.byteLength })})`,
      `  hex:       ${value.hex}${more}`,
      `  base64url: ${value.base64url}${more}`,
    );
  }
  for (const name of step.unknown ?? []) lines.push(`${LABELS[name] ?? name}: ${t('jwe.unknown')}`);
  return lines.join('\n');
}

function bytesOf(step: JweStep, name: string): number {
  const value = step.values[name];
  return isBytes(value) ? value.byteLength : 0;
}

function sentence(step: JweStep, jwe: ParsedJwe, t: T): string {
  const alg = jwe.params.algorithm!;
  const enc = jwe.params.encryption!;
  const bits = enc.cekBytes * 8;
  switch (step.id) {
    case 'mode':
      return t('jwe.mode', { alg: alg.alg, enc: enc.enc, mode: t(`jwe.mode.${alg.mode}`) });
    case 'cek':
      return alg.mode === 'direct-encryption'
        ? t('jwe.cek.dir', { bits })
        : alg.mode === 'direct-key-agreement'
          ? t('jwe.cek.agreement', { bits })
          : t('jwe.cek.random', { bits, enc: enc.enc });
    case 'key-agreement':
      return t('jwe.key-agreement', { crv: String(step.values.crv) });
    case 'pbes2':
      return t('jwe.pbes2', { hash: String(step.values.hash), p2c: Number(step.values.p2c) });
    case 'encrypted-key':
      return bytesOf(step, 'encryptedKey') === 0
        ? t('jwe.encrypted-key.empty', { alg: alg.alg })
        : t('jwe.encrypted-key', { alg: alg.alg });
    case 'iv':
      return t('jwe.iv', { bits: bytesOf(step, 'iv') * 8, enc: enc.enc });
    case 'compress':
      return t('jwe.compress');
    case 'protected-header':
      return t('jwe.protected-header');
    case 'aad':
      return t('jwe.aad', { bytes: bytesOf(step, 'aad') });
    case 'encrypt':
      return enc.family === 'aes-cbc-hmac'
        ? t('jwe.encrypt.cbc', { enc: enc.enc })
        : t('jwe.encrypt.gcm', { enc: enc.enc, tagBits: bytesOf(step, 'tag') * 8 });
    case 'serialize':
      return t('jwe.serialize', { length: Number(step.values.length) });
  }
}

/**
 * A JWE made step by step (RFC 7516 §5.1) with its real values: those of the decryption or
 * encryption for the current inputs, else the token's own and the CEK marked unknown.
 */
export default function JweHowItsMade({
  learn,
}: {
  readonly learn: Extract<LearnView, { kind: 'jwe' }>;
}) {
  const t = useMessages(learnKindsMessages);
  const { language } = useI18n();
  const { jwe } = learn;
  if (!jwe) return <p className="quiet">{t('jwe.loading')}</p>;
  const values = learn.values ?? tokenValues(jwe);
  const steps = values && jweSteps(jwe, values);
  if (!steps) return <p className="quiet">{t('jwe.unavailable')}</p>;
  const join = language === 'zh' ? '、' : ', ';
  return (
    <>
      <p className="how-known">{t(`jwe.known.${learn.known}`)}</p>
      <ol className="steps">
        {steps.steps.map((step) => (
          <Step
            key={step.id}
            title={t(`jwe.${step.id}.title`)}
            sentence={sentence(step, jwe, t)}
            note={t('jwe.step', { steps: step.rfcSteps.join(join), source: step.source })}
          >
            {valueText(step, t)}
          </Step>
        ))}
      </ol>
      {learn.inner && <p className="how-known">{t('jwe.inner')}</p>}
    </>
  );
}
