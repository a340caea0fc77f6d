// Schedules are cron expressions in UTC (5 fields, or 6 with seconds). A slot is one firing time.
import cronParser from "cron-parser";

export function nextSlot(cron: string, after: Date): Date {
  return cronParser.parseExpression(cron, { tz: "UTC", currentDate: after }).next().toDate();
}

export function isValidCron(cron: string): boolean {
  try {
    cronParser.parseExpression(cron, { tz: "UTC" });
    return true;
  } catch {
    return false;
  }
}

export const slotKey = (instanceId: string, slot: Date | string) =>
  `${instanceId}@${typeof slot === "string" ? slot : slot.toISOString()}`;
