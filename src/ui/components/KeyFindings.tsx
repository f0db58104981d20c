import type { KeyFinding } from '../../core/keys/details-codes';
import type { X509Finding } from '../../core/x509';
import { useMessages } from '../i18n';
import { keyDetailsCodeMessages } from '../i18n/messages/key-details';
import { x509En, x509Messages } from '../i18n/messages/x509';
import { Icon } from './Icon';

const MARK = { error: 'cross', warning: 'warning', info: 'info' } as const;

function isX509(finding: KeyFinding | X509Finding): finding is X509Finding {
  return Object.hasOwn(x509En, finding.code);
}

/** What the key and certificate checks found, in words, errors first; never hidden in a disclosure. */
export function KeyFindings({
  findings,
}: {
  readonly findings: readonly (KeyFinding | X509Finding)[];
}) {
  const x509 = useMessages(x509Messages);
  const keys = useMessages(keyDetailsCodeMessages);
  if (findings.length === 0) return null;
  return (
    <ul className="key-findings">
      {findings.map((finding, index) => {
        const detail = finding.detail ?? {};
        const date = detail.notAfter ?? detail.notBefore;
        const words = isX509(finding)
          ? x509(finding.code, {
              ...detail,
              n: (finding.index ?? 0) + 1,
              ...(typeof date === 'number'
                ? { date: new Date(date * 1000).toISOString().replace('.000Z', 'Z') }
                : {}),
            })
          : keys(finding.code as KeyFinding['code'], detail);
        return (
          <li
            key={`${finding.code}-${index}`}
            className={`key-finding finding-${finding.severity}`}
          >
            <Icon name={MARK[finding.severity]} /> {words}
          </li>
        );
      })}
    </ul>
  );
}
