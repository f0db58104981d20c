/**
 * The parts of a claims table row that need the claim texts: the issuer line above the payload
 * table, and a row's meaning (its description, what its value means, who else uses the name,
 * where the meaning comes from). Loaded with the texts, after the first paint.
 */
import type { ClaimSource } from '../../core/claims/catalogue';
import type { ClaimExplanation } from '../../core/claims/explain';
import type { IssuerFamily } from '../../core/claims/issuer-family';
import { format, useI18n } from '../i18n';
import type { ClaimWords } from '../i18n/claim-texts';
import { intlLocale, list } from '../lib/time';

function sourceText(source: ClaimSource): string {
  return source.section ? `${source.spec} §${source.section}` : source.spec;
}

/** "Issued by Keycloak (realm demo)", and the facts the headline does not name. */
export function IssuerLine({
  family,
  explainer,
}: {
  readonly family: IssuerFamily;
  readonly explainer: ClaimWords;
}) {
  const { messages } = explainer;
  const headline = messages[`family.${family.code}`];
  const facts = Object.entries(family.facts).filter(
    ([fact, value]) => value !== undefined && !headline.includes(`{${fact}}`),
  );
  return (
    <p className="quiet">
      {format(headline, family.facts)}
      {facts.map(([fact, value]) => (
        <span key={fact}>
          {' · '}
          {messages[`fact.${fact as keyof IssuerFamily['facts']}`]}
          {messages['fact.colon']}
          <code>{value}</code>
        </span>
      ))}
      {family.by === 'claims' && <span> · {messages['family.by-claims']}</span>}
    </p>
  );
}

/** What a row says about its name: the meaning, what its value means, who else uses it. */
export function Meaning({
  explanation,
  explainer,
}: {
  readonly explanation: ClaimExplanation;
  readonly explainer: ClaimWords;
}) {
  const { t } = useI18n();
  const { texts, messages, language } = explainer;
  const providers = list(
    explanation.usedBy.map((code) => messages[`provider.${code}`]),
    intlLocale(language),
  );
  return (
    <>
      <p>{texts[explanation.textKey]?.description}</p>
      {explanation.valueKeys.map((key, i) => {
        const note = texts[key];
        const source = explanation.valueSources[i];
        return (
          <p key={key}>
            <strong>{note?.title}</strong> {note?.description}
            {source && <span className="quiet"> ({sourceText(source)})</span>}
          </p>
        );
      })}
      {explanation.usedBy.length > 0 && (
        <p className="quiet">{format(messages['note.used-by'], { providers })}</p>
      )}
      {explanation.source && (
        <p className="quiet">{t('claims.source', { source: sourceText(explanation.source) })}</p>
      )}
    </>
  );
}
