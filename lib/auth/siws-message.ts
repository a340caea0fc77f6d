// The sign-in message, modelled on Sign-In with Ethereum (EIP-4361) / Sign-In with Substrate.
// A person reads it in their wallet before signing, so it says who asks (domain), which account,
// what it means, and until when. Parsing is strict: exactly the parts `buildSiwsMessage` writes,
// so nothing can be slipped in before or after the fields the server checks.
//
// One line of printable ASCII, parts separated by " | ": the Polkadot.js extension shows a raw-sign
// request as text only when every byte is printable ASCII (32–126: its Bytes view uses @polkadot/util
// isAscii); a newline or a "—" makes it show hex instead. The server refuses anything else.

export const SIWS_STATEMENT = "Sign in to Brickyard. Signing this message sends no transaction and costs no fees.";
const HEADER_SUFFIX = " wants you to sign in with your Polkadot account:";

export type SiwsFields = {
  domain: string; // host[:port] of the site asking, e.g. "brickyard.example" or "localhost:3000"
  address: string; // SS58
  statement: string;
  uri: string; // the site's origin
  version: "1";
  nonce: string;
  issuedAt: string; // ISO 8601, UTC
  expirationTime: string; // ISO 8601, UTC
};

export class SiwsParseError extends Error {}

export const SIWS_SEPARATOR = " | ";

const FIELD_LINES = [
  ["URI", "uri"],
  ["Version", "version"],
  ["Nonce", "nonce"],
  ["Issued At", "issuedAt"],
  ["Expiration Time", "expirationTime"],
] as const;

export function buildSiwsMessage(f: SiwsFields): string {
  return [
    `${f.domain}${HEADER_SUFFIX} ${f.address}`,
    f.statement,
    ...FIELD_LINES.map(([label, key]) => `${label}: ${f[key]}`),
  ].join(SIWS_SEPARATOR);
}

/** True when every character is printable ASCII: what a wallet's text view (isAscii) accepts. */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

const DOMAIN = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;
const ADDRESS = /^[1-9A-HJ-NP-Za-km-z]{40,60}$/; // base58 alphabet; the checksum is checked later
const NONCE = /^[A-Za-z0-9]{16,64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

function isIsoTime(s: string): boolean {
  return ISO.test(s) && !Number.isNaN(Date.parse(s));
}

export function parseSiwsMessage(text: string): SiwsFields {
  const fail = (why: string): never => {
    throw new SiwsParseError(`This is not a Brickyard sign-in message: ${why}.`);
  };
  if (!isPrintableAscii(text)) fail("it must be one line of plain letters, digits and punctuation");
  const parts = text.split(SIWS_SEPARATOR);
  if (parts.length !== 2 + FIELD_LINES.length) fail("it has the wrong number of parts");
  const header = parts[0].split(`${HEADER_SUFFIX} `);
  if (header.length !== 2) fail("it must start by saying who asks you to sign in, and with which account");
  const [domain, address] = header;
  if (!DOMAIN.test(domain)) fail("the domain is not a host name");
  if (!ADDRESS.test(address)) fail("the account is not an address");
  const statement = parts[1];
  if (statement !== SIWS_STATEMENT) fail("the statement is not Brickyard's");

  const values: Record<string, string> = {};
  FIELD_LINES.forEach(([label, key], i) => {
    const line = parts[2 + i];
    const prefix = `${label}: `;
    if (!line.startsWith(prefix)) fail(`part ${3 + i} must start with "${prefix}"`);
    values[key] = line.slice(prefix.length);
  });
  let uri: URL | undefined;
  try {
    uri = new URL(values.uri);
  } catch {
    fail("the URI is not a URL");
  }
  if (uri!.origin !== values.uri) fail("the URI must be the site's origin");
  if (values.version !== "1") fail("only version 1 is understood");
  if (!NONCE.test(values.nonce)) fail("the nonce must be 16 to 64 letters or digits");
  if (!isIsoTime(values.issuedAt)) fail("the issue time is not an ISO 8601 UTC time");
  if (!isIsoTime(values.expirationTime)) fail("the expiry time is not an ISO 8601 UTC time");

  const fields: SiwsFields = {
    domain,
    address,
    statement,
    uri: values.uri,
    version: "1",
    nonce: values.nonce,
    issuedAt: values.issuedAt,
    expirationTime: values.expirationTime,
  };
  // Belt and braces: the text must be exactly what we would have written for these fields.
  if (buildSiwsMessage(fields) !== text) fail("it is not in canonical form");
  return fields;
}
