import { memo } from 'react';
import type { ViewModel } from '../../core/view/model';
import { LoadFailed } from '../components/LoadFailed';
import { useI18n } from '../i18n';
import { useDeferredModule } from '../lib/lazy';

/** The tables of findings come below the verdict: their code loads after the first paint. */
const loadTables = () =>
  Promise.all([import('../components/ClaimsTable'), import('../components/LintsPanel')]).then(
    ([claims, lints]) => ({ ClaimsTable: claims.ClaimsTable, LintsPanel: lints.LintsPanel }),
  );

/**
 * The security checks, the `Claims` table and the `Header parameters` table, of the view
 * rendered after the panes and the verdict (ui/state/useDebugger.ts, `later`). Memoised: the
 * renders in between, of the panes, the verdict and keystrokes, do not draw them again.
 */
export const FindingsPanels = memo(function FindingsPanels({
  view,
  failed,
  onRetry,
}: {
  readonly view: ViewModel;
  /** The modules that compute the checks and the rows did not load. */
  readonly failed: boolean;
  readonly onRetry: () => void;
}) {
  const { t } = useI18n();
  const components = useDeferredModule(loadTables);
  const { lints, tables } = view;
  const { ClaimsTable, LintsPanel } = components.module ?? {};
  const broken = failed || components.failed;
  const retry = () => {
    if (failed) onRetry();
    if (components.failed) components.retry();
  };
  const pending = (what: string) =>
    broken ? (
      <LoadFailed what={what} onRetry={retry} />
    ) : (
      <p className="quiet">{t('how.loading')}</p>
    );
  return (
    <>
      {lints !== null && (
        <section className="pane" aria-labelledby="lints-heading">
          <h3 id="lints-heading">{t('lints.heading')}</h3>
          {lints && LintsPanel ? <LintsPanel lints={lints} /> : pending(t('lints.heading'))}
        </section>
      )}
      <section className="pane" aria-labelledby="claims-heading">
        <h3 id="claims-heading">{t('claims.heading')}</h3>
        {tables && ClaimsTable
          ? tables.claims && <ClaimsTable label={t('claims.label')} table={tables.claims} />
          : pending(t('claims.heading'))}
      </section>
      {tables?.header && ClaimsTable && (
        <section className="pane" aria-labelledby="header-params-heading">
          <h3 id="header-params-heading">{t('headerParams.label')}</h3>
          <ClaimsTable label={t('headerParams.label')} table={tables.header} />
        </section>
      )}
    </>
  );
});
