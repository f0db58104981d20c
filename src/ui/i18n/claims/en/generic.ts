/**
 * English explanations of names no catalogue row explains, one per category
 * (src/core/claims/category.ts). Their titles are the tags the tables show.
 */
import type { ClaimTexts } from '../types';

export const genericEn: ClaimTexts = {
  registered: {
    title: 'Registered claim',
    description:
      'A name in the IANA JSON Web Token Claims registry (RFC 7519 §10.1): its meaning is fixed by the specification that registered it, which this page does not explain yet.',
  },
  private: {
    title: 'Private claim',
    description:
      'A name the producer and the consumer of the token agreed on (RFC 7519 §4.3). It is not registered, so only the application that issued the token can say what it means.',
  },
  'private-namespaced': {
    title: 'Private claim (namespaced)',
    description:
      'Not registered: a claim the issuer or application defined for itself (RFC 7519 §4.3). The URL or prefix in its name keeps it from colliding with registered names and other applications’ claims.',
  },
  'header-registered': {
    title: 'Registered header parameter',
    description:
      'A name in the IANA JSON Web Signature and Encryption Header Parameters registry, such as a claim a JWE header repeats so it can be read before decryption (RFC 7519 §5.3).',
  },
  'header-private': {
    title: 'Private header parameter',
    description:
      'Not a registered Header Parameter (RFC 7515 §4.3): producer and consumer agreed on it. Recipients ignore what they do not understand, unless crit lists it, and then they must reject the token.',
  },
};
