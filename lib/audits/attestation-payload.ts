// The canonical text an auditor's wallet signs (documented in ATTESTATION.md). Fixed order, one
// "key: value" per line, LF line ends, no trailing newline: readable in the wallet's prompt, and
// byte-for-byte reproducible by anyone from the five fields. Wallets sign it wrapped as
// <Bytes>text</Bytes>. Browser-safe.
import { ZAttestationFields, type TAttestationFields } from "./schemas";

export const ATTESTATION_HEADER = "Brickyard audit attestation v1";

const KEYS = [
  ["brick", "brick"],
  ["version", "version"],
  ["code-hash", "codeHash"],
  ["report-hash", "reportHash"],
  ["issued-at", "issuedAt"],
] as const satisfies readonly (readonly [string, keyof TAttestationFields])[];

/** The exact text to sign. Throws a ZodError when a field is not in its canonical form. */
export function encodeAttestation(fields: TAttestationFields): string {
  const f = ZAttestationFields.parse(fields);
  return [ATTESTATION_HEADER, ...KEYS.map(([label, key]) => `${label}: ${f[key]}`)].join("\n");
}

/** The fields of a canonical text, or null when the text is not exactly what encodeAttestation writes. */
export function parseAttestation(text: string): TAttestationFields | null {
  const lines = text.split("\n");
  if (lines.length !== KEYS.length + 1 || lines[0] !== ATTESTATION_HEADER) return null;
  const out: Partial<Record<keyof TAttestationFields, string>> = {};
  for (const [i, [label, key]] of KEYS.entries()) {
    const prefix = `${label}: `;
    if (!lines[i + 1].startsWith(prefix)) return null;
    out[key] = lines[i + 1].slice(prefix.length);
  }
  const parsed = ZAttestationFields.safeParse(out);
  if (!parsed.success) return null;
  return encodeAttestation(parsed.data) === text ? parsed.data : null;
}
