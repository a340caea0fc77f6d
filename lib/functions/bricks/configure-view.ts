// What the configure form shows for a function brick, the same for "Use this function" and "Edit": its
// inputs form, the secrets it asks for, its trigger choices, the targets it can feed and, with the event
// trigger, per target the contracts whose events may start a run. When editing, no secret is required
// (an empty field keeps the stored value). Only what the picker shows goes to the browser (not the ABI).
import "server-only";
import type { TFunctionBrickManifest } from "@/lib/bricks/kinds/function/manifest-schema";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import { listEventSources } from "@/lib/functions/events/event-sources";
import type { TFeedTarget } from "./list-feed-targets";
import { triggerChoices } from "./schedules";

type TargetRow = TFeedTarget & { networkId: string };

export async function configureView(m: TFunctionBrickManifest, targets: TargetRow[], opts: { editing: boolean }) {
  const eventSources = m.triggers.includes("event")
    ? Object.fromEntries(
        await Promise.all(targets.map(async (t) => [t.id, await listEventSources(t, m.event?.sources)] as const)),
      )
    : undefined;
  return {
    slug: m.slug,
    name: m.name,
    inputs: m.inputs as JsonSchema,
    secrets: m.secrets.map((s) => ({
      name: s.name,
      purpose: s.purpose,
      whereToGet: s.whereToGet,
      required: opts.editing ? false : s.required,
    })),
    schedules: triggerChoices(m.triggers),
    targets: targets.map((t) => ({
      id: t.id,
      name: t.name,
      address: t.address,
      teamName: t.teamName,
      brick: t.brick,
      networkName: t.networkName,
    })),
    message: m.delivery.message,
    eventSources,
    suggestedEvents: m.event?.suggested,
  };
}
