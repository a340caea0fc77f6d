// Publishing a Solidity bundle requires verified source (its recorded compiler input compiles to
// exactly its code); other bundle kinds pass. Runs outside database transactions: a compile takes
// seconds, and it happens in a worker thread.
import "server-only";
import { AppError } from "@/lib/errors";
import type { AnyBundle } from "./kinds";
import { verifySoliditySource } from "./kinds/solidity/verify-source";

export async function ensureSourceVerified(bundle: AnyBundle): Promise<void> {
  if (bundle.kind !== "solidity") return;
  const outcome = await verifySoliditySource(bundle);
  if (!outcome.ok) {
    throw new AppError("BAD_INPUT", {
      userMessage: `Source not verified: ${outcome.message} — ${outcome.fix}`,
      fields: { "bundle:$.code": [`${outcome.message} — ${outcome.fix}`] },
    });
  }
}
