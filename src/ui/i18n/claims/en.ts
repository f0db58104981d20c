/**
 * English explanations for every key src/core/claims/text-keys.ts can give: the catalogue's rows
 * (`payload:<name>`, `header:<name>`, `payload:<name>@<provider>`), header values, `cnf` members
 * and the category texts. One chunk the page loads after the first paint.
 */
import { genericEn } from './en/generic';
import { headerEn } from './en/header';
import { jweValuesEn } from './en/jwe-values';
import { oauthEn } from './en/oauth';
import { providersIdpEn } from './en/providers-idp';
import { providersPlatformEn } from './en/providers-platform';
import { registeredEn } from './en/registered';
import type { ClaimTexts } from './types';

export const claimTextsEn: ClaimTexts = {
  ...registeredEn,
  ...oauthEn,
  ...headerEn,
  ...jweValuesEn,
  ...providersIdpEn,
  ...providersPlatformEn,
  ...genericEn,
};

export { claimMessagesEn } from '../messages/claims';
