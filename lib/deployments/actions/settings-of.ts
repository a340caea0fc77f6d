// The settings actions an instance page offers: each with its own form schema, and defaults taken
// from the answers the instance was deployed with when a field has the same name (a token's
// decimals, say), so the builder does not have to remember them.
import type { TManifest } from "@/lib/bricks/manifest-schema";

export type TSettingsAction = {
  id: string;
  label: string;
  description: string;
  config: Record<string, unknown>;
  defaults: Record<string, unknown>;
};

export function settingsOf(manifest: TManifest, deployed: Record<string, unknown>): TSettingsAction[] {
  return manifest.settings.map((s) => {
    const props = ((s.config as { properties?: Record<string, unknown> }).properties ?? {}) as Record<string, unknown>;
    const defaults = Object.fromEntries(
      Object.keys(props)
        .filter((k) => deployed[k] !== undefined)
        .map((k) => [k, deployed[k]]),
    );
    return { id: s.id, label: s.label, description: s.description, config: s.config, defaults };
  });
}
