// A secret's value must never reach a log line, a recorded URL, an error message or a receipt. Any text
// that leaves the sandbox goes through here: each secret value (and its URL-encoded forms) is replaced.
export const REDACTED = "[redacted]";

export function redactSecrets(text: string, secrets: Record<string, string> | string[]): string {
  const values = (Array.isArray(secrets) ? secrets : Object.values(secrets)).filter((v) => v.length > 0);
  if (values.length === 0) return text;
  const forms = new Set<string>();
  for (const value of values) {
    forms.add(value);
    forms.add(encodeURIComponent(value));
    forms.add(encodeURI(value));
    forms.add(new URLSearchParams({ v: value }).toString().slice(2));
  }
  // Longest first, so a secret that contains another one is replaced whole.
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join(REDACTED);
  return out;
}
