// Derives what the brick page shows from a stored version: the form's fields (from the config
// schema), the ABI overview, the link step and settings actions (from the manifest).
import { summarizeAbi, type AbiSummary } from "@/lib/bricks/bundle";
import { describeFields } from "@/lib/bricks/config-schema";
import { ZManifest } from "@/lib/bricks/manifest-schema";
import { summarizeSolidityAbi } from "@/lib/bricks/kinds/solidity/summarize-abi";

export function brickPageDetails(version: { manifest: string; abi: string; bundleKind?: string }) {
  const manifest = ZManifest.safeParse(JSON.parse(version.manifest));
  let abi: AbiSummary | null = null;
  try {
    const stored: unknown = JSON.parse(version.abi);
    abi = version.bundleKind === "solidity" ? summarizeSolidityAbi(stored) : summarizeAbi(stored);
  } catch {
    abi = null;
  }
  if (!manifest.success) return { fields: [], abi, link: undefined, settings: [] };
  return {
    fields: describeFields(manifest.data.config),
    abi,
    link: manifest.data.link,
    settings: manifest.data.settings,
  };
}
