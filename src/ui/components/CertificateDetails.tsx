import { Fragment } from 'react';
import type { CertificateSummary, ChainReport } from '../../core/x509';
import { useMessages } from '../i18n';
import { keyDetailsMessages, type KeyDetailsText } from '../i18n/messages/key-details';
import { CopyButton } from './CopyButton';
import { Icon, type IconName } from './Icon';

/** `aa:bb:…` as openssl prints a fingerprint, upper case. */
function colonHex(hex: string): string {
  return (hex.match(/../g) ?? []).join(':').toUpperCase();
}

/** An instant as ISO 8601 UTC, as the Claims table shows times. */
function isoUtc(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

type Text = ReturnType<typeof useMessages<KeyDetailsText>>;

function keyText(text: Text, key: CertificateSummary['key']): string {
  if (key.kty === 'RSA' && key.modulusBits) return text('certs.keyRsa', { bits: key.modulusBits });
  if (key.parameterSet) return key.parameterSet;
  if (key.kty && key.curve) return text('certs.keyCurve', { kty: key.kty, curve: key.curve });
  return text('certs.keyOther', { oid: key.oid ?? '?' });
}

function signer(
  text: Text,
  certificate: CertificateSummary,
  readable: boolean,
): { icon: IconName; words: string } {
  const next = certificate.index + 2;
  const status = certificate.signature?.status;
  const icon: IconName = status === 'valid' ? 'check' : status === 'invalid' ? 'cross' : 'warning';
  if (certificate.signer === 'absent') {
    return { icon: 'info', words: text('certs.byAbsent', { issuer: certificate.issuer }) };
  }
  if (certificate.signer === 'next' && (!readable || !status)) {
    return { icon: 'warning', words: text('certs.byNext.unread', { next }) };
  }
  const which = certificate.signer === 'next' ? 'byNext' : 'bySelf';
  return { icon, words: text(`certs.${which}.${status ?? 'unsupported'}`, { next }) };
}

/** Colon hex that wraps only after a colon, never inside a byte (a thumbprint is 95 characters). */
function ColonHex({ hex }: { readonly hex: string }) {
  return (
    <code className="hex">
      {colonHex(hex)
        .split(':')
        .map((pair, index) => (
          <Fragment key={index}>
            {index > 0 && (
              <>
                :<wbr />
              </>
            )}
            {pair}
          </Fragment>
        ))}
    </code>
  );
}

function Thumbprint({
  label,
  n,
  hex,
  check,
  member,
}: {
  readonly label: string;
  /** The certificate's number, for the copy button's name. */
  readonly n: number;
  readonly hex: string;
  readonly check: ChainReport['x5t'];
  readonly member: string;
}) {
  const text = useMessages(keyDetailsMessages);
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <ColonHex hex={hex} />{' '}
        <CopyButton text={colonHex(hex)} what={text('certs.copyWhat', { what: label, n })} />
        {check && (
          <span className={check.matches ? 'good' : 'bad'}>
            {' '}
            <Icon name={check.matches ? 'check' : 'cross'} />{' '}
            {check.matches
              ? text('certs.x5tMatches', { member })
              : text('certs.x5tDiffers', { member, given: check.given })}
          </span>
        )}
      </dd>
    </>
  );
}

/**
 * A certificate chain as read and checked by core/x509: for each certificate its subject and
 * issuer (RFC 4514), its dates (expired or not yet valid marked), its key, its thumbprints
 * against x5t and x5t#S256, and whether the next one (or itself, for a root) signed it.
 */
export function CertificateDetails({ chain }: { readonly chain: ChainReport }) {
  const text = useMessages(keyDetailsMessages);
  const count = chain.certificates.length;
  const readable = new Set(chain.certificates.map((certificate) => certificate.index));
  return (
    <ol className="certificates" aria-label={text('certs.heading')}>
      {chain.certificates.map((certificate) => {
        const n = certificate.index + 1;
        const { icon, words } = signer(text, certificate, readable.has(certificate.index + 1));
        const dateClass = (bad: boolean) => (bad ? 'bad' : undefined);
        return (
          <li key={certificate.index} className="certificate">
            <h4>{text(certificate.index === 0 ? 'certs.first' : 'certs.label', { n, count })}</h4>
            <dl>
              <dt>{text('certs.subject')}</dt>
              <dd className="break">{certificate.subject}</dd>
              <dt>{text('certs.issuer')}</dt>
              <dd className="break">{certificate.issuer}</dd>
              <dt>{text('certs.notBefore')}</dt>
              <dd className={dateClass(certificate.validity === 'not-yet-valid')}>
                {isoUtc(certificate.notBefore)}
                {certificate.validity === 'not-yet-valid' && (
                  <>
                    {' '}
                    <Icon name="cross" /> {text('certs.notYetValid')}
                  </>
                )}
              </dd>
              <dt>{text('certs.notAfter')}</dt>
              <dd className={dateClass(certificate.validity === 'expired')}>
                {isoUtc(certificate.notAfter)}{' '}
                {certificate.validity === 'expired' ? (
                  <>
                    <Icon name="cross" /> {text('certs.expired')}
                  </>
                ) : certificate.validity === 'valid' ? (
                  <span className="good">
                    <Icon name="check" /> {text('certs.valid')}
                  </span>
                ) : null}
              </dd>
              <dt>{text('certs.key')}</dt>
              <dd>{keyText(text, certificate.key)}</dd>
              <dt>{text('certs.signatureAlgorithm')}</dt>
              <dd>{certificate.signatureAlgorithm}</dd>
              <dt>{text('certs.signedBy')}</dt>
              <dd className={icon === 'cross' ? 'bad' : icon === 'check' ? 'good' : undefined}>
                <Icon name={icon} /> {words}
                {certificate.issuerMatchesNext === false && (
                  <>
                    {'; '}
                    {text('certs.issuerMismatch', { next: n + 1 })}
                  </>
                )}
              </dd>
              {certificate.isCa !== undefined && (
                <>
                  <dt>{text('certs.ca')}</dt>
                  <dd>{text(certificate.isCa ? 'certs.yes' : 'certs.no')}</dd>
                </>
              )}
              <dt>{text('certs.serial')}</dt>
              <dd>
                <ColonHex hex={certificate.serialNumber} />
              </dd>
              <Thumbprint
                label={text('certs.sha1')}
                n={n}
                hex={certificate.thumbprints.sha1}
                check={certificate.index === 0 ? chain.x5t : undefined}
                member="x5t"
              />
              <Thumbprint
                label={text('certs.sha256')}
                n={n}
                hex={certificate.thumbprints.sha256}
                check={certificate.index === 0 ? chain.x5tS256 : undefined}
                member="x5t#S256"
              />
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
