/** Typed access to the RFC 9901 examples (see README.md beside this file). */
import examplesJson from './rfc9901-examples.json';

export interface RfcDisclosure {
  /** The claim name printed as `*Claim NAME*`; null for `*Array Entry*`. */
  readonly name: string | null;
  readonly digest: string;
  readonly disclosure: string;
  readonly contents: readonly unknown[];
}

export interface RfcCompactExample {
  readonly id: string;
  readonly title: string;
  readonly sdJwt: string;
  /** The issuer-signed JWT's payload as printed. */
  readonly payload: Record<string, unknown>;
  /** Every disclosure the issuer made, as printed (a presentation holds some of them). */
  readonly disclosures: readonly RfcDisclosure[];
  readonly decoys: readonly string[];
  /** The Processed SD-JWT Payload printed for a presentation. */
  readonly processed: Record<string, unknown> | null;
  readonly kbPayload: Record<string, unknown> | null;
}

export interface RfcJsonExample {
  readonly id: string;
  readonly title: string;
  readonly jws: Record<string, unknown>;
}

export const rfc9901 = examplesJson as unknown as {
  readonly issuerKey: { readonly jwk: Record<string, unknown> };
  readonly secondIssuerKey: { readonly jwk: Record<string, unknown> };
  readonly examples: readonly RfcCompactExample[];
  readonly jsonExamples: readonly RfcJsonExample[];
};
