// Inputs of named deploy presets, parsed again on the server (the answers themselves are checked
// against the chosen version's config schema).
import { z } from "zod";

const id = z.string().min(1).max(64);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown brick.");

export const ZSavePreset = z.object({
  teamId: id,
  brick: slug,
  version: z.string().min(1).max(64),
  name: z.string().trim().min(1, "Give the preset a name.").max(60, "Keep the name under 60 characters."),
  config: z.record(z.string(), z.unknown()),
});
export type TSavePreset = z.infer<typeof ZSavePreset>;

export const ZStartFromPreset = z.object({ presetId: id, brick: slug, version: z.string().min(1).max(64) });
export const ZDeletePreset = z.object({ presetId: id });
