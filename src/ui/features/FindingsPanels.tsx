import type { ViewModel } from '../../core/view/model';
import { LoadFailed } from '../components/LoadFailed';
import { useI18n } from '../i18n';
import { useDeferredModule } from '../lib/lazy';

/** The tables of findings come below the verdict: their code loads after the first paint. */
const loadTables = () =>
  Promise.all([import('../components/ClaimsTable'), import('../components/LintsPanel')]).then(
    ([claims, lints]) => ({ ClaimsTable: claims.ClaimsTable, LintsPanel: lints.LintsPanel }),
  );

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
  const tables = useDeferredModule(loadTables);
  const { lints, claims, headerParameters } = view;
  const { ClaimsTable, LintsPanel } = tables.module ?? {};
  const failed = lintsFailed || tables.failed;
  const retry = () => {
    if (lintsFailed) onRetryLints();
    if (tables.failed) tables.retry();
  };
  const loading = <p className="quiet">{t('how.loading')}</p>;
  return (
    <>
      <section className="pane" aria-labelledby="lints-heading">
        <h3 id="lints-heading">{t('lints.heading')}</h3>
        {lints && LintsPanel ? (
          <LintsPanel lints={lints} />
        ) : failed ? (
          <LoadFailed what={t('lints.heading')} onRetry={retry} />
        ) : (
          loading
        )}
      </section>
      <section className="pane" aria-labelledby="claims-heading">
        <h3 id="claims-heading">{t('claims.heading')}</h3>
        {ClaimsTable ? (
          <ClaimsTable
            where="payload"
            label={t('claims.label')}
            value={claims?.value}
            numbers={claims?.numbers ?? []}
            {...(claims?.disclosed ? { disclosed: claims.disclosed } : {})}
            now={now}
          />
        ) : tables.failed ? (
          <LoadFailed what={t('claims.heading')} onRetry={tables.retry} />
        ) : (
          loading
        )}
      </section>
      {headerParameters && ClaimsTable && (
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
