/** X.509 certificates for the page: read, dated, thumbprinted, and checked link by link. */
export type { X509Code, X509Finding } from './codes';
export type { CertificateSummary, ChainOptions, ChainReport, ThumbprintCheck } from './chain';
export type { SignatureCheck, SignatureStatus } from './check-signature';
export type { CertificateThumbprints } from './thumbprints';
export { inspectChain } from './chain';
export { inspectPemCertificates, inspectX5c } from './inspect';
export { certificatesFromPem, certificatesFromX5c } from './sources';
