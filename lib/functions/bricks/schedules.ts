// The schedules a builder picks in plain words, and the cron each one stands for (UTC, at least a
// minute apart, as the runtime requires). Safe to import from client components.
export const SCHEDULES = {
  manual: { label: "Only when I press “Run now”", cron: null },
  "every-minute": { label: "Every minute", cron: "* * * * *" },
  "every-5-minutes": { label: "Every 5 minutes", cron: "*/5 * * * *" },
  "every-15-minutes": { label: "Every 15 minutes", cron: "*/15 * * * *" },
  hourly: { label: "Every hour, on the hour", cron: "0 * * * *" },
  daily: { label: "Once a day, at midnight (UTC)", cron: "0 0 * * *" },
} as const;
export type TScheduleChoice = keyof typeof SCHEDULES;
export const SCHEDULE_CHOICES = Object.keys(SCHEDULES) as TScheduleChoice[];

/** The trigger choice beside the schedules: a finalized event of the target or a contract linked to it. */
export const ON_EVENT = "on-event";
export const ON_EVENT_LABEL = "When a contract emits an event";
export const TRIGGER_CHOICES = [...SCHEDULE_CHOICES, ON_EVENT] as const;

/** The choices the configure and edit forms offer for a brick's allowed triggers. */
export function triggerChoices(triggers: readonly string[]): { id: string; label: string }[] {
  const out = SCHEDULE_CHOICES.filter((c) => (SCHEDULES[c].cron ? triggers.includes("schedule") : true)).map((c) => ({
    id: c as string,
    label: SCHEDULES[c].label as string,
  }));
  if (triggers.includes("event")) out.push({ id: ON_EVENT, label: ON_EVENT_LABEL });
  return out;
}

/** The plain words for a stored cron ("a custom schedule" when it is none of the choices). */
export function describeSchedule(cron: string | null): string {
  const hit = Object.values(SCHEDULES).find((s) => s.cron === cron);
  return hit ? hit.label : `On a custom schedule (${cron})`;
}
