// The sign-in message, modelled on Sign-In with Ethereum (EIP-4361) / Sign-In with Substrate.
// A person reads it in their wallet before signing, so it says who asks (domain), which account,
// what it means, and until when. Parsing is strict: exactly the lines `buildSiwsMessage` writes,
// so nothing can be slipped in before or after the fields the server checks.

export const SIWS_STATEMENT =
  "Sign in to Brickyard. Signing this message sends no transaction and costs no fees.";
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

const FIELD_LINES = [
  ["URI", "uri"],
  ["Version", "version"],
  ["Nonce", "nonce"],
  ["Issued At", "issuedAt"],
  ["Expiration Time", "expirationTime"],
] as const;

export function buildSiwsMessage(f: SiwsFields): string {
  return [
    `${f.domain}${HEADER_SUFFIX}`,
    f.address,
    "",
    f.statement,
    "",
    ...FIELD_LINES.map(([label, key]) => `${label}: ${f[key]}`),
  ].join("\n");
}

const DOMAIN = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;
const ADDRESS = /^[1-9A-HJ-NP-Za-km-z]{40,60}$/; // base58 alphabet; the checksum is checked later
const NONCE = /^[A-Za-z0-9]{16,64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

function isIsoTime(s: string): boolean {
  return ISO.test(s) && !Number.isNaN(Date.parse(s));
}

export function parseSiwsMessage(text: string): SiwsFields {
  const lines = text.split("\n");
  const fail = (why: string): never => {
    throw new SiwsParseError(`This is not a Brickyard sign-in message: ${why}.`);
  };
  if (lines.length !== 5 + FIELD_LINES.length) fail("it has the wrong number of lines");
  if (!lines[0].endsWith(HEADER_SUFFIX)) fail("the first line must say who asks you to sign in");
  const domain = lines[0].slice(0, -HEADER_SUFFIX.length);
  if (!DOMAIN.test(domain)) fail("the domain is not a host name");
  const address = lines[1];
  if (!ADDRESS.test(address)) fail("the second line must be an address");
  if (lines[2] !== "" || lines[4] !== "") fail("the statement must stand between two empty lines");
  const statement = lines[3];
  if (statement !== SIWS_STATEMENT) fail("the statement is not Brickyard's");

  const values: Record<string, string> = {};
  FIELD_LINES.forEach(([label, key], i) => {
    const line = lines[5 + i];
    const prefix = `${label}: `;
    if (!line.startsWith(prefix)) fail(`line ${6 + i} must start with "${prefix}"`);
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
  if (!NONCE.test(values.nonce)) fail("the nonce must be 16–64 letters or digits");
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
