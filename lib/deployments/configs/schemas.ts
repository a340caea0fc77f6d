// A configuration file (brickyard-config/1, what "Export this configuration" downloads) as it comes
// back from a person's disk: read as text, parsed here, refused field by field in plain words.
import { z } from "zod";
import { zText } from "@/lib/http/zod-edge";

export const ZConfigFile = z.object({
  format: z.literal("brickyard-config/1", {
    error: "This is not a Brickyard configuration file (its “format” is not brickyard-config/1).",
  }),
  brick: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "The file does not say which brick it is for."),
  version: z.string().max(64).optional(),
  network: z.string().max(64).optional(),
  name: z.string().trim().max(60).optional(),
  config: z.record(z.string(), z.unknown(), { error: "The file has no settings (“config”)." }),
});
export type TConfigFile = z.infer<typeof ZConfigFile>;

/** The deploy page's upload: which brick and version the page shows, and the file's text. */
export const ZReadConfigFile = z.object({
  brick: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown brick."),
  version: z.string().min(1).max(64),
  text: zText().max(65_536, "This file is too large to be a configuration (over 64 KB)."),
});
