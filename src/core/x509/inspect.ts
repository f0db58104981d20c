import type { Part } from '../diagnostics';
import { isJsonObject } from '../json/is-object';
import { inspectChain, type ChainReport } from './chain';
import { finding } from './codes';
import { certificatesFromPem, certificatesFromX5c } from './sources';

/**
 * The chain in an object that may carry one, a JOSE header or a JWK (RFC 7515 §4.1.6-§4.1.8,
 * RFC 7517 §4.7-§4.9): its `x5c` read and checked, `x5t` and `x5t#S256` against the first
 * certificate. Undefined when the object has no `x5c`. A chain in a token's header gets
 * CHAIN_UNTRUSTED: whoever made the token chose it.
 */
export async function inspectX5c(
  holder: unknown,
  options: { readonly now: number; readonly part: Part },
): Promise<ChainReport | undefined> {
  if (!isJsonObject(holder) || holder.x5c === undefined) return undefined;
  const list = certificatesFromX5c(holder.x5c, options.part);
  const report = await inspectChain(list.ders, {
    ...options,
    x5t: holder.x5t,
    x5tS256: holder['x5t#S256'],
  });
  const untrusted =
    options.part === 'header' ? [finding('CHAIN_UNTRUSTED', options.part, 'warning')] : [];
  return { ...report, findings: [...list.findings, ...report.findings, ...untrusted] };
}

/** The chain of pasted PEM certificates: every CERTIFICATE block, in order. */
export async function inspectPemCertificates(
  text: string,
  options: { readonly now: number; readonly part: Part },
): Promise<ChainReport> {
  const list = certificatesFromPem(text, options.part);
  const report = await inspectChain(list.ders, options);
  return { ...report, findings: [...list.findings, ...report.findings] };
}
