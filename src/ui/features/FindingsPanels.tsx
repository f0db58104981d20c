import type { ViewModel } from '../../core/view/model';
import { ClaimsTable } from '../components/ClaimsTable';
import { LintsPanel } from '../components/LintsPanel';
import { LoadFailed } from '../components/LoadFailed';
import { useI18n } from '../i18n';

/** The security checks, the `Claims` table and the `Header parameters` table. */
export function FindingsPanels({
  view,
  now,
  lintsFailed,
  onRetryLints,
}: {
  readonly view: ViewModel;
  readonly now: number;
  /** The security checks' module did not load. */
  readonly lintsFailed: boolean;
  readonly onRetryLints: () => void;
}) {
  const { t } = useI18n();
  const { lints, claims, headerParameters } = view;
  return (
    <>
      <section className="pane" aria-labelledby="lints-heading">
        <h3 id="lints-heading">{t('lints.heading')}</h3>
        {lints ? (
          <LintsPanel lints={lints} />
        ) : lintsFailed ? (
          <LoadFailed what={t('lints.heading')} onRetry={onRetryLints} />
        ) : (
          <p className="quiet">{t('how.loading')}</p>
        )}
      </section>
      <section className="pane" aria-labelledby="claims-heading">
        <h3 id="claims-heading">{t('claims.heading')}</h3>
        <ClaimsTable
          where="payload"
          label={t('claims.label')}
          value={claims?.value}
          numbers={claims?.numbers ?? []}
          now={now}
        />
      </section>
      {headerParameters && (
        <section className="pane" aria-labelledby="header-params-heading">
          <h3 id="header-params-heading">{t('headerParams.label')}</h3>
          <ClaimsTable
            where="header"
            label={t('headerParams.label')}
            value={headerParameters.value}
            numbers={headerParameters.numbers}
            now={now}
          />
        </section>
      )}
    </>
  );
}
