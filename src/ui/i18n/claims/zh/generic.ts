/**
 * 简体中文说明：目录中没有对应条目的名称，按类别（src/core/claims/category.ts）给出。
 * 标题就是表格中显示的标记。键与 ../en/generic.ts 相同。
 */
import type { ClaimTexts } from '../types';

export const genericZh: ClaimTexts = {
  registered: {
    title: '注册声明',
    description:
      'IANA JSON Web Token Claims 注册表中的名称（RFC 7519 §10.1）：其含义由注册它的规范确定，本页面暂时还没有说明。',
  },
  private: {
    title: '私有声明',
    description:
      '令牌的生产方和使用方约定的名称（RFC 7519 §4.3）。它没有注册，只有签发该令牌的应用才能说明其含义。',
  },
  'private-namespaced': {
    title: '私有声明（带命名空间）',
    description:
      '未经注册：签发者或应用自行定义的声明（RFC 7519 §4.3）。名称中的 URL 或前缀使它不会与注册名称及其他应用的声明冲突。',
  },
  'header-registered': {
    title: '注册头部参数',
    description:
      'IANA JSON Web Signature and Encryption Header Parameters 注册表中的名称，例如 JWE 头部为了在解密前可读而重复的声明（RFC 7519 §5.3）。',
  },
  'header-private': {
    title: '私有头部参数',
    description:
      '不是已注册的头部参数（RFC 7515 §4.3），由生产方和使用方约定。接收方会忽略不理解的参数，但如果 crit 列出了它，就必须拒绝该令牌。',
  },
};
