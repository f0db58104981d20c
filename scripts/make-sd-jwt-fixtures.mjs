#!/usr/bin/env node
/**
 * Copies the example SD-JWTs of RFC 9901 out of the text of
 * draft-ietf-oauth-selective-disclosure-jwt-22 (the draft published as RFC 9901) into
 * src/core/sd-jwt/__fixtures__/rfc9901-examples.json, undoing the RFC's line wrapping.
 *
 *   node scripts/make-sd-jwt-fixtures.mjs path/to/draft-ietf-oauth-selective-disclosure-jwt.txt
 *
 * The text is the gh-pages copy of the draft repository (oauth-wg/oauth-selective-disclosure-jwt,
 * draft-ietf-oauth-selective-disclosure-jwt-22/draft-ietf-oauth-selective-disclosure-jwt.txt).
 * Every disclosure's printed "Contents" is checked here against its own base64url text and its
 * printed SHA-256 hash with Node's crypto, so a wrapping mistake cannot reach the fixture.
 */
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const [, , draftPath] = process.argv;
if (!draftPath) throw new Error('usage: make-sd-jwt-fixtures.mjs DRAFT.txt');
const lines = readFileSync(draftPath, 'utf8').split('\n');

/** The lines from the heading `start` up to the heading `end` (exclusive). */
function section(start, end) {
  const from = lines.findIndex((line) => line.startsWith(start));
  const to = lines.findIndex((line, index) => index > from && line.startsWith(end));
  if (from < 0 || to < 0) throw new Error(`section ${start} not found`);
  return lines.slice(from, to);
}

const B64 = /^ {3}[A-Za-z0-9_~.-]+$/;

/** Runs of wrapped base64url lines that contain a `~`: the SD-JWTs, with the paragraph before. */
function tokens(body) {
  const found = [];
  for (let i = 0; i < body.length; i++) {
    if (!B64.test(body[i]) || (i > 0 && B64.test(body[i - 1]))) continue;
    let j = i;
    while (j < body.length && B64.test(body[j])) j++;
    const text = body
      .slice(i, j)
      .map((line) => line.trim())
      .join('');
    if (text.includes('~')) found.push({ text, label: paragraphBefore(body, i) });
    i = j;
  }
  return found;
}

function paragraphBefore(body, index) {
  let end = index - 1;
  while (end >= 0 && body[end].trim() === '') end--;
  let start = end;
  while (start > 0 && body[start - 1].trim() !== '') start--;
  return body
    .slice(start, end + 1)
    .map((line) => line.trim())
    .join(' ');
}

/** JSON blocks at the body's indent, with the paragraph before. */
function jsonBlocks(body) {
  const found = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '   {') continue;
    const j = body.indexOf('   }', i);
    const text = body.slice(i, j + 1).join('\n');
    found.push({ value: JSON.parse(text), label: paragraphBefore(body, i) });
    i = j;
  }
  return found;
}

function sha256(text) {
  return createHash('sha256').update(text, 'ascii').digest('base64url');
}

/** A wrapped JSON text: joined with a space, or, where a line break split an escape, with none. */
function unwrapJson(parts) {
  try {
    return JSON.parse(parts.join(' '));
  } catch {
    return JSON.parse(parts.join(''));
  }
}

/** `*Claim NAME*:` and `*Array Entry*:` items, each checked against its own text. */
function disclosures(body) {
  const found = [];
  for (let i = 0; i < body.length; i++) {
    const heading = /^ {3}\*(?:Claim (.+)|Array Entry)\*:$/.exec(body[i]);
    if (!heading) continue;
    const digest = /SHA-256 Hash: (\S+)/.exec(body[i + 2])[1];
    let j = i + 4;
    const encoded = [];
    while (!body[j].startsWith('   *  Contents:')) encoded.push(body[j++].trim());
    const contents = [body[j].replace('   *  Contents:', '').trim()];
    for (j++; body[j].trim() !== ''; j++) contents.push(body[j].trim());
    const disclosure = encoded.join('');
    const printed = unwrapJson(contents);
    const decoded = JSON.parse(Buffer.from(disclosure, 'base64url').toString('utf8'));
    if (JSON.stringify(printed) !== JSON.stringify(decoded)) {
      throw new Error(`contents of ${disclosure} do not match its text`);
    }
    if (sha256(disclosure) !== digest) throw new Error(`digest of ${disclosure} is not ${digest}`);
    found.push({ name: heading[1] ?? null, digest, disclosure, contents: printed });
  }
  return found;
}

function decoys(body) {
  const at = body.findIndex((line) => line.includes('decoy digests are added'));
  if (at < 0) return [];
  const found = [];
  for (let i = at + 2; body[i].startsWith('   *  '); i++) found.push(body[i].slice(6).trim());
  return found;
}

function pick(blocks, phrase) {
  return blocks.find((block) => block.label.includes(phrase))?.value ?? null;
}

function compactExamples(id, title, body, names) {
  const blocks = jsonBlocks(body);
  const found = tokens(body);
  if (found.length !== names.length) throw new Error(`${id}: ${found.length} tokens`);
  const shared = {
    payload: pick(blocks, 'payload is used for the SD-JWT'),
    disclosures: disclosures(body),
    decoys: decoys(body),
  };
  return found.map((token, index) => {
    const presentation = names[index] === 'presentation';
    return {
      id: `${id} ${names[index]}`,
      title,
      serialization: 'compact',
      sdJwt: token.text,
      ...shared,
      processed: presentation ? pick(blocks, 'Processed') : null,
      kbPayload: presentation ? pick(blocks, 'Key Binding JWT') : null,
    };
  });
}

/** A JSON example whose base64url strings are wrapped: white space inside strings removed. */
function jsonExample(body, phrase) {
  const at = body.findIndex((line) => line.includes(phrase));
  const start = body.indexOf('   {', at);
  const end = body.indexOf('   }', start);
  const text = body
    .slice(start, end + 1)
    .join('\n')
    .replace(/"[^"]*"/g, (string) => string.replace(/\s+/g, ''));
  return JSON.parse(text);
}

const sd51 = section('5.1.  Issuance', '5.2.  Presentation');
const sd52 = section('5.2.  Presentation', '6.  Considerations');
const examples = [
  ...compactExamples('RFC 9901 §5.1', 'Example SD-JWT: issuance', sd51, ['issuance']),
  ...compactExamples(
    'RFC 9901 §5.2',
    'Example SD-JWT: presentation',
    [...sd51.filter((line) => !B64.test(line)), ...sd52],
    ['presentation'],
  ),
  ...compactExamples(
    'RFC 9901 A.1',
    'Simple Structured SD-JWT',
    section('A.1.  Simple', 'A.2.  Complex'),
    ['presentation'],
  ),
  ...compactExamples(
    'RFC 9901 A.2',
    'Complex Structured SD-JWT',
    section('A.2.  Complex', 'A.3.  SD-JWT-based'),
    ['presentation'],
  ),
  ...compactExamples(
    'RFC 9901 A.3',
    'SD-JWT-based Verifiable Credentials (SD-JWT VC)',
    section('A.3.  SD-JWT-based', 'A.4.  W3C'),
    ['issuance', 'presentation'],
  ),
  ...compactExamples(
    'RFC 9901 A.4',
    'W3C Verifiable Credentials Data Model v2.0',
    section('A.4.  W3C', 'A.5.  Elliptic'),
    ['issuance', 'presentation'],
  ),
];

const flattened = section('8.2.  Flattened', '8.3.  General');
const general = section('8.3.  General', '8.4.  Verification');
const jsonExamples = [
  {
    id: 'RFC 9901 §8.2 issuance',
    title: 'Flattened JSON Serialization, as issued',
    jws: jsonExample(flattened, 'as issued using the Flattened'),
  },
  {
    id: 'RFC 9901 §8.2 presentation',
    title: 'Flattened JSON Serialization, SD-JWT+KB with two Disclosures',
    jws: jsonExample(flattened, 'SD-JWT+KB with two Disclosures'),
  },
  {
    id: 'RFC 9901 §8.3 presentation',
    title: 'General JSON Serialization, presentation with a Key Binding JWT',
    jws: jsonExample(general, 'using the General'),
  },
];

const keySection = section('A.5.  Elliptic', 'Appendix B.');
const fixture = {
  source: {
    document: 'RFC 9901 (published from draft-ietf-oauth-selective-disclosure-jwt-22)',
    copiedFrom:
      'oauth-wg/oauth-selective-disclosure-jwt@a4ae7836a7ba (gh-pages): draft-ietf-oauth-selective-disclosure-jwt-22/draft-ietf-oauth-selective-disclosure-jwt.txt',
    method:
      'scripts/make-sd-jwt-fixtures.mjs: line wrapping removed; every disclosure checked against its printed Contents and SHA-256 Hash with node:crypto',
  },
  issuerKey: {
    source: 'RFC 9901 Appendix A.5',
    jwk: jsonBlocks(keySection)[0].value,
  },
  secondIssuerKey: {
    source:
      'oauth-wg/oauth-selective-disclosure-jwt@836b87c examples/json_serialization_general/specification.yml (issuer-key-2, public members), which signed the second signature of RFC 9901 §8.3',
    jwk: {
      kty: 'EC',
      crv: 'P-256',
      x: 'bN-hp3IN0GZB3OlaQnHDPhY4nZsZbQyo4wY-y1NWCvA',
      y: 'vaSsH5jt9zt3aQvTvrSaFYLyjPG9Ug-2vntoNXlCbVU',
      kid: 'issuer-key-2',
    },
  },
  examples,
  jsonExamples,
};
const out = new URL('../src/core/sd-jwt/__fixtures__/rfc9901-examples.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`${examples.length} compact and ${jsonExamples.length} JSON examples written`);
