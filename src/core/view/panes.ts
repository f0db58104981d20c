/** The Header and Payload panes, the Claims and Header parameters tables. */
import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';
import type { ParsedToken } from '../jws/parse';
import { paneText, type Inputs } from './inputs';
import { sdJwtOf } from './kinds/sd-jwt';
import type { ClaimsView, KindView, Message, PaneView } from './model';

/** Decoded payloads longer than this are previewed, their first characters read-only. */
export const PREVIEW_ABOVE = 200_000;
export const PREVIEW_CHARACTERS = 20_000;

export function panes(
  inputs: Inputs,
  parsed: ParsedToken | undefined,
  problems: readonly Message[],
): { header: PaneView; payload: PaneView } {
  const invalid = (part: 'header' | 'payload') =>
    problems.some((m) => m.source === 'diagnostic' && m.diagnostic.part === part);
  if (inputs.leading === 'json') {
    return {
      header: { text: inputs.header, invalid: invalid('header') },
      payload: { text: inputs.payload, invalid: invalid('payload') },
    };
  }
  // Only what this token decodes to: a part that does not decode leaves its pane empty.
  const payload = paneText(parsed?.payload, inputs.exact);
  const preview = payload.length > PREVIEW_ABOVE && inputs.fullPayloadOf !== inputs.token;
  return {
    header: { text: paneText(parsed?.header, inputs.exact), invalid: invalid('header') },
    payload: preview
      ? {
          text: payload.slice(0, PREVIEW_CHARACTERS),
          invalid: invalid('payload'),
          preview: { shown: PREVIEW_CHARACTERS, total: payload.length, whole: payload },
        }
      : { text: payload, invalid: invalid('payload') },
  };
}

function claimsOfText(text: string): ClaimsView | undefined {
  const parsed = parseJson(text);
  return parsed.ok && isJsonObject(parsed.value)
    ? { value: parsed.value, numbers: parsed.numbers }
    : undefined;
}

/**
 * The Claims table: the payload's claims; an SD-JWT's are those of its disclosed payload,
 * the disclosed ones marked (ui-contract.md).
 */
export function claimsOf(
  inputs: Inputs,
  parsed: ParsedToken | undefined,
  kind: KindView | undefined,
): ClaimsView | undefined {
  if (inputs.leading === 'json') return claimsOfText(inputs.payload);
  const sdJwt = sdJwtOf(kind);
  if (sdJwt?.disclosedPayload !== undefined) {
    const disclosed = claimsOfText(sdJwt.disclosedPayload);
    return disclosed && { ...disclosed, disclosed: sdJwt.disclosedClaims };
  }
  const payload = parsed?.payload;
  return payload?.isJson && isJsonObject(payload.json)
    ? { value: payload.json, numbers: payload.numbers }
    : undefined;
}

export function headerParametersOf(
  inputs: Inputs,
  parsed: ParsedToken | undefined,
): ClaimsView | undefined {
  if (inputs.leading === 'json') return claimsOfText(inputs.header);
  return parsed?.protectedHeader
    ? { value: parsed.protectedHeader, numbers: parsed.header?.numbers ?? [] }
    : undefined;
}
