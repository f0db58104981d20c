import { useEffect, useState } from 'react';
import { embeddedKeySources, embeddedKeyText } from '../../core/keys/embedded';
import type { ChainReport } from '../../core/x509';
import { inspectX5c } from '../../core/x509/inspect';
import { useI18n, useMessages } from '../i18n';
import { keyDetailsMessages } from '../i18n/messages/key-details';
import { useMinute } from '../lib/minute';
import { CertificateDetails } from './CertificateDetails';
import { Icon } from './Icon';
import { KeyFindings } from './KeyFindings';
import './key-details.css';

/**
 * A key the token's header carries (`jwk`, `x5c`): shown, its certificates checked, and used
 * only when the user asks, by putting it into the Public key box, where the key details then
 * say it is the token's own (jwt.io trusts such a key silently; this page never does).
 */
export function EmbeddedKeys({
  header,
  publicKey,
  onUse,
}: {
  readonly header: unknown;
  /** The Public key box's text, to tell when it holds the header's key. */
  readonly publicKey: string;
  readonly onUse: (keyText: string) => void;
}) {
  const { t } = useI18n();
  const text = useMessages(keyDetailsMessages);
  const minute = useMinute();
  const sources = embeddedKeySources(header);
  const [chain, setChain] = useState<{ for: unknown; minute: number; report?: ChainReport }>();
  useEffect(() => {
    let live = true;
    inspectX5c(header, { now: minute, part: 'header' }).then(
      (report) => live && setChain({ for: header, minute, ...(report ? { report } : {}) }),
      (error: unknown) => console.error('jwt-debugger: cannot read the header’s x5c', error),
    );
    return () => {
      live = false;
    };
  }, [header, minute]);
  if (sources.length === 0) return null;
  const report =
    chain && chain.for === header && chain.minute === minute ? chain.report : undefined;
  const count = report?.certificates.length ?? 0;

  return (
    <section className="embedded-keys" aria-labelledby="embedded-keys-heading">
      <h4 id="embedded-keys-heading">
        <Icon name="warning" /> {text('embedded.heading')}
      </h4>
      <p>{text('embedded.intro', { sources: sources.join(t('punct.comma')) })}</p>
      {report && <KeyFindings findings={report.findings} />}
      <div className="actions">
        {sources.map((source) => {
          const keyText = embeddedKeyText(header, source);
          if (keyText === undefined) return null;
          return (
            <button
              key={source}
              type="button"
              className="button small"
              onClick={() => onUse(keyText)}
            >
              {text('embedded.use', { source })}
            </button>
          );
        })}
      </div>
      {sources.some((source) => embeddedKeyText(header, source) === publicKey) && (
        <p className="embedded-used" role="note">
          {text('embedded.used', {
            source: sources.find((source) => embeddedKeyText(header, source) === publicKey)!,
          })}
        </p>
      )}
      {report && count > 0 && (
        <details>
          <summary>{text('embedded.certificates', { count })}</summary>
          <CertificateDetails chain={report} />
        </details>
      )}
    </section>
  );
}
