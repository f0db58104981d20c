/**
 * 简体中文说明：覆盖 src/core/claims/text-keys.ts 给出的每个键，键与 en.ts 相同。
 * 页面在首次绘制之后单独加载这个分块。
 */
import { genericZh } from './zh/generic';
import { headerZh } from './zh/header';
import { jweValuesZh } from './zh/jwe-values';
import { oauthZh } from './zh/oauth';
import { providersIdpZh } from './zh/providers-idp';
import { providersPlatformZh } from './zh/providers-platform';
import { registeredZh } from './zh/registered';
import type { ClaimTexts } from './types';

export const claimTextsZh: ClaimTexts = {
  ...registeredZh,
  ...oauthZh,
  ...headerZh,
  ...jweValuesZh,
  ...providersIdpZh,
  ...providersPlatformZh,
  ...genericZh,
};

export { claimMessagesZh } from '../messages/claims';
