/**
 * Every Chinese table of the page, for the tests that read them all as one text
 * (zh-style.test.ts). A new feature's Chinese table is listed here.
 */
import { claimTextsZh } from './claims/zh';
import { claimMessagesZh } from './messages/claims';
import { jsonPrettyZh } from './messages/json-pretty';
import { jweStatusZh, jweStepZh, jweLintZh, jweZh } from './messages/jwe';
import { jweUiZh } from './messages/jwe-ui';
import { jwsJsonZh } from './messages/jws-json';
import { jwsJsonUiZh } from './messages/jws-json-ui';
import { keyDetailsCodesZh, keyDetailsZh } from './messages/key-details';
import { learnZh } from './messages/learn';
import { learnKindsZh } from './messages/learn-kinds';
import { sdJwtZh } from './messages/sd-jwt';
import { sdJwtIssueZh } from './messages/sd-jwt-issue';
import { sdJwtUiZh } from './messages/sd-jwt-ui';
import { strictNotesZh } from './messages/strict-notes';
import { strictZh } from './messages/strict.zh';
import { x509Zh } from './messages/x509';
import { zh } from './zh';
import { zhLater } from './zh-later';

export const ZH_TABLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  zh,
  zhLater,
  claimMessagesZh,
  jsonPrettyZh,
  jweZh,
  jweLintZh,
  jweStepZh,
  jweStatusZh,
  jweUiZh,
  jwsJsonZh,
  jwsJsonUiZh,
  keyDetailsCodesZh,
  keyDetailsZh,
  learnZh,
  learnKindsZh,
  sdJwtZh,
  sdJwtIssueZh,
  sdJwtUiZh,
  strictNotesZh,
  strictZh,
  x509Zh,
  claimTitlesZh: Object.fromEntries(
    Object.entries(claimTextsZh).map(([key, text]) => [key, text.title]),
  ),
  claimDescriptionsZh: Object.fromEntries(
    Object.entries(claimTextsZh).map(([key, text]) => [key, text.description]),
  ),
};

/** Each text with where it is: `table.key`. */
export const ZH_TEXTS = Object.entries(ZH_TABLES).flatMap(([table, messages]) =>
  Object.entries(messages).map(([key, text]) => ({ where: `${table}.${key}`, key, text })),
);
