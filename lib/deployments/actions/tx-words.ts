// How the timeline and the team history name each kind of a deployment's transactions: the deploy,
// the link step, and settings actions (named by their manifest label).
import { upgradeLabel } from "../upgrades/upgrade-ids";
import { isActionKind } from "./action-kind";

export type TTxWords = { what: string; prefix: string; audit: string };

export function txWords(kind: string, actionLabel?: string | null): TTxWords {
  if (kind === "instantiate") return { what: "The deploy", prefix: "", audit: "deployment.submit" };
  if (isActionKind(kind))
    return { what: `The action “${actionLabel ?? "settings action"}”`, prefix: "action_", audit: "deployment.action" };
  return { what: "The link step", prefix: "link_", audit: "deployment.link" };
}

/** The action's label from the version's manifest (for words only; unknown ids show as they are). */
export function actionLabelOf(manifestJson: string, actionId: string | null): string | null {
  if (!actionId) return null;
  const upgrade = upgradeLabel(actionId);
  if (upgrade) return upgrade;
  try {
    const m = JSON.parse(manifestJson) as { settings?: { id: string; label: string }[] };
    return m.settings?.find((s) => s.id === actionId)?.label ?? actionId;
  } catch {
    return actionId;
  }
}
