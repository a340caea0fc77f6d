// "Start from a file": an exported configuration read back and checked against the version the
// deploy page shows now (fitConfig): what fits becomes the form's answers, what no longer fits is
// named. Only reads; the deploy itself goes through the usual review and prepare steps.
import "server-only";
import { ZManifest } from "@/lib/bricks/manifest-schema";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fitConfig, type TConfigFit } from "./fit-config";
import { ZConfigFile, ZReadConfigFile } from "./schemas";

export type TConfigFromFile = TConfigFit & { name: string; from: string };

const refuse = (message: string) => new AppError("BAD_INPUT", { userMessage: message, fields: { file: [message] } });

export async function readConfigFile(opts: { actorId: string; input: unknown }): Promise<TConfigFromFile> {
  const input = ZReadConfigFile.parse(opts.input);
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch {
    throw refuse("This file is not JSON: choose a file that “Export this configuration” downloaded.");
  }
  const parsed = ZConfigFile.safeParse(json);
  if (!parsed.success) throw refuse(parsed.error.issues[0]?.message ?? "This is not a Brickyard configuration file.");
  const file = parsed.data;
  const version = await db.brickVersion.findFirst({
    where: { version: input.version, brick: { slug: input.brick } },
    select: { manifest: true, brick: { select: { name: true } } },
  });
  if (!version)
    throw new AppError("NOT_FOUND", { userMessage: `Brick "${input.brick}" has no version ${input.version}.` });
  if (file.brick !== input.brick)
    throw refuse(
      `This file is for the brick “${file.brick}”, not ${version.brick.name}: open that brick's deploy page to use it.`,
    );
  const schema = ZManifest.parse(JSON.parse(version.manifest)).config as JsonSchema;
  const from = [
    file.name ? `“${file.name}”` : "the file",
    file.version ? `(version ${file.version}${file.network ? ` on ${file.network}` : ""})` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { ...fitConfig(schema, file.config), name: file.name || `My ${version.brick.name.toLowerCase()}`, from };
}
