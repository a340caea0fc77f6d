// A function on disk: a folder with function.js (the source) and an optional function.json declaring
// the hosts it may reach and its limits. Used by the CLI; the product stores the same two parts.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseHostRule } from "../http/host-policy";
import { ZLimits } from "./limits";
import type { TLimits } from "./types";

export const ZFunctionManifest = z
  .object({
    hosts: z
      .array(
        z.string().refine((entry) => {
          try {
            parseHostRule(entry);
            return true;
          } catch {
            return false;
          }
        }, "each host must be a host name such as api.example.com (optionally *.example.com or host:port)"),
      )
      .max(20, "at most 20 hosts")
      .default([]),
    limits: ZLimits.default({}),
    description: z.string().max(500).optional(),
  })
  .strict();

export type TFunctionFolder = { dir: string; source: string; hosts: string[]; limits: Partial<TLimits> };

export class FunctionFolderError extends Error {}

export function loadFunctionFolder(dir: string): TFunctionFolder {
  const sourceFile = path.join(dir, "function.js");
  if (!fs.existsSync(sourceFile)) throw new FunctionFolderError(`${sourceFile} does not exist`);
  const source = fs.readFileSync(sourceFile, "utf8");
  const manifestFile = path.join(dir, "function.json");
  let raw: unknown = {};
  if (fs.existsSync(manifestFile)) {
    try {
      raw = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
    } catch (error) {
      throw new FunctionFolderError(`${manifestFile} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const parsed = ZFunctionManifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FunctionFolderError(`${manifestFile}: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  return { dir, source, hosts: parsed.data.hosts, limits: parsed.data.limits };
}
