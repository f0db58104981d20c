import { useEffect, useState } from 'react';
import type { KeyReport } from '../../core/debug/key-inputs';
import type { KeyDescriptionResult } from '../../core/keys/describe';
import { useMessages } from '../i18n';
import { keyDetailsMessages } from '../i18n/messages/key-details';
import { useMinute } from '../lib/minute';
import { CertificateDetails } from './CertificateDetails';
import { CopyButton } from './CopyButton';
import { KeyFindings } from './KeyFindings';
import './key-details.css';

type Imported = Extract<KeyReport, { ok: true }>['key'];

interface Described {
  /** The inputs it was computed for: a result for other inputs is never shown. */
  readonly for: string;
  readonly result: KeyDescriptionResult | { readonly ok: false; readonly failed: string };
}

/** The key details' inputs as one string, to key the result by (style.md, state that cannot lie). */
function inputsKey(text: string, index: number | undefined, header: unknown, minute: number) {
  return JSON.stringify([text, index ?? null, header ?? null, minute]);
}

/**
 * The key a key box read, shown both ways (issue 12, point 5): its SPKI as PEM and its public
 * JWK (the AKP JWK of RFC 9964 for ML-DSA), with copy buttons, its RFC 7638 thumbprint, its
 * certificates, and whatever the checks found, which stays in view outside the disclosure.
 * The work (core/keys/describe.ts) is a chunk of its own, loaded when a key is there.
 */
export function KeyDetails({
  text: keyText,
  imported,
  header,
}: {
  /** The key box's text. */
  readonly text: string;
  readonly imported: Imported;
  /** The shown token's protected header: a key that is the token's own is said to be. */
  readonly header?: unknown;
}) {
  const text = useMessages(keyDetailsMessages);
  const minute = useMinute();
  const index = imported.selection?.index;
  const key = inputsKey(keyText, index, header, minute);
  const [described, setDescribed] = useState<Described>();
  useEffect(() => {
    let live = true;
    import('../../core/keys/describe')
      .then(({ describeKey }) =>
        describeKey({
          text: keyText,
          now: minute,
          ...(imported.publicJwk ? { publicJwk: imported.publicJwk } : {}),
          ...(index !== undefined ? { index } : {}),
          ...(header !== undefined ? { header } : {}),
        }),
      )
      .then(
        (result) => live && setDescribed({ for: key, result }),
        (error: unknown) =>
          live &&
          setDescribed({
            for: key,
            result: { ok: false, failed: error instanceof Error ? error.message : String(error) },
          }),
      );
    return () => {
      live = false;
    };
  }, [key, keyText, index, header, minute, imported.publicJwk]);

  const current = described?.for === key ? described.result : undefined;
  if (!current) return <p className="quiet">{text('details.pending')}</p>;
  if (!current.ok) {
    return 'failed' in current ? (
      <p className="quiet">{text('details.failed', { reason: current.failed })}</p>
    ) : null;
  }
  const { views, chain, findings } = current;
  const certificates = chain?.certificates.length ?? 0;
  const jwkText = views ? JSON.stringify(views.publicJwk, null, 2) : '';
  return (
    <div className="key-details">
      <KeyFindings findings={findings} />
      <details>
        <summary>
          {certificates > 0
            ? text('details.summaryCertificates', { count: certificates })
            : text('details.summary')}
        </summary>
        {views ? (
          <dl className="key-views">
            <dt>{text('details.thumbprint')}</dt>
            <dd>
              {/* The thumbprint itself is in the key facts above, always in view. */}
              <CopyButton text={views.thumbprint} what={text('details.thumbprintWhat')} />{' '}
              <CopyButton text={views.thumbprintUri} what={text('details.thumbprintUri')} />
            </dd>
            <dt>
              {text('details.pem')} <CopyButton text={views.spkiPem} what={text('details.pem')} />
            </dt>
            <dd>
              {imported.facts.kind === 'private' && (
                <p className="quiet">{text('details.pemNote')}</p>
              )}
              <pre className="key-text">{views.spkiPem}</pre>
            </dd>
            <dt>
              {text(views.akp ? 'details.akp' : 'details.jwk')}{' '}
              <CopyButton text={jwkText} what={text(views.akp ? 'details.akp' : 'details.jwk')} />
            </dt>
            <dd>
              <pre className="key-text">{jwkText}</pre>
            </dd>
          </dl>
        ) : (
          <p className="quiet">{text('details.noPublicForm')}</p>
        )}
        {chain && certificates > 0 && <CertificateDetails chain={chain} />}
      </details>
    </div>
  );
}
