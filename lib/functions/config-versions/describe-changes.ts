// What a configuration save changed, in words for the history ("Value to pick: price → data.price").
// Secret values never appear: a replaced secret is named, nothing more.
import { describeSchedule } from "@/lib/functions/bricks/schedules";

type TSide = {
  name: string;
  input: unknown;
  schedule: string | null;
  eventSourceId: string | null;
  eventName: string | null;
};

export function describeChanges(before: TSide, after: TSide, secretsReplaced: string[]): string[] {
  const out: string[] = [];
  if (before.name !== after.name) out.push(`Name: ${before.name} → ${after.name}`);
  const a = asRecord(before.input);
  const b = asRecord(after.input);
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) continue;
    out.push(`${key}: ${text(a[key])} → ${text(b[key])}`);
  }
  const when = (s: TSide) =>
    s.eventName ? `when ${s.eventName} is emitted` : s.schedule ? describeSchedule(s.schedule) : "only on “Run now”";
  if (when(before) !== when(after) || before.eventSourceId !== after.eventSourceId)
    out.push(`When it runs: ${when(before)} → ${when(after)}`);
  for (const name of secretsReplaced) out.push(`Secret ${name} replaced`);
  return out;
}

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function text(v: unknown): string {
  if (v === undefined) return "(not set)";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
