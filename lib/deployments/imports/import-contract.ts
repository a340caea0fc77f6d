// "Import an existing contract": a team member who may deploy brings a contract that already runs
// on a network under Brickyard's care. The chain is asked for the contract's code hash; when it is
// the code of a published brick version (any brick, any version), a tracked instance of that version
// is created, linked to nothing and marked as imported. Nothing is written on chain. Refusals are
// one plain sentence each: not an address, not a contract there, code that no brick publishes (and
// no metadata file given), already tracked by the team. Code that no brick publishes, given with its
// metadata file, becomes a watched contract (lib/deployments/watched).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { writeAuditLog } from "@/lib/auth/audit-log";
import { getChainApi } from "@/lib/chain/api-pool";
import { platformAdapter } from "@/lib/chain/platforms";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireTeamPermission } from "@/lib/teams/require-team-permission";
import { addressForNetwork } from "./address-for-network";
import { ZImportContract } from "./schemas";
import { publishedOnly } from "../watched/watched-brick";
import { watchedVersion } from "../watched/watched-version";

export type TImported = {
  deploymentId: string;
  brick: string;
  version: string;
  sentence: string;
  /** Watched contracts: the messages left out of its page, each with the reason. */
  refused?: { message: string; reason: string }[];
};

export async function importContract(opts: { actorId: string; input: unknown }): Promise<TImported> {
  const input = ZImportContract.parse(opts.input);
  const { actorId } = opts;
  await requireTeamPermission(db, {
    actorId,
    teamId: input.teamId,
    action: "deployment.create",
    doing: "import contracts",
  });
  const network = await db.network.findFirst({ where: { slug: input.network, enabled: true } });
  if (!network)
    throw new AppError("BAD_INPUT", {
      userMessage: "Choose one of the networks listed.",
      fields: { network: ["Choose one of the networks listed."] },
    });
  const address = addressForNetwork(input.address, network);

  const api = await getChainApi(network.rpcUrl, { networkName: network.name });
  const codeHash = await platformAdapter(network.platform).codeHashAt(api, address);
  if (!codeHash) {
    const message = `There is no contract at ${address} on ${network.name}: it is an ordinary account, or the contract runs on another network (choose that one).`;
    throw new AppError("BAD_INPUT", { userMessage: message, fields: { address: [message] } });
  }
  // Newest first: a code hash published twice (the same code as a new version) maps to the latest.
  const version = await db.brickVersion.findFirst({
    where: { codeHash, platform: network.platform, ...publishedOnly },
    orderBy: { createdAt: "desc" },
    include: { brick: { select: { slug: true, name: true } } },
  });
  if (!version && !input.abi) {
    const message = `The contract at ${address} runs code that no published brick uses (code hash ${codeHash}), so Brickyard cannot track it as a brick. Add its metadata file to watch it as a contract of its own.`;
    throw new AppError("BAD_INPUT", { userMessage: message, fields: { address: [message] } });
  }
  // Known code wins over an uploaded file: the published, audited ABI is the one to trust.
  const watched = version ? null : watchedVersion({ abi: input.abi!, codeHash, address, network });
  const key = `import-${input.teamId}-${network.id}-${address}`;
  const already = await db.deployment.findFirst({
    where: { teamId: input.teamId, networkId: network.id, address },
    select: { name: true },
  });
  if (already)
    throw new AppError("CONFLICT", {
      userMessage: `Your team already tracks this contract as “${already.name}”.`,
      fields: { address: [`Already tracked as “${already.name}”.`] },
    });

  const sentence = version
    ? `This contract runs ${version.brick.name} ${version.version} — matches the published code.`
    : watched!.sentence;
  const name = input.name || (version ? `${version.brick.name} (imported)` : watched!.name);
  const created = await db
    .$transaction(async (q) => {
      const brickVersionId = version ? version.id : (await watched!.store(q)).id;
      const d = await q.deployment.create({
        data: {
          idempotencyKey: key.slice(0, 190),
          teamId: input.teamId,
          createdById: actorId,
          brickVersionId,
          networkId: network.id,
          name,
          // Its deploy answers are unknown: the instance page shows what the chain answers instead.
          config: "{}",
          constructorName: "",
          args: "[]",
          salt: "",
          status: "finalized",
          address,
          codeHashVerified: true,
        },
      });
      await q.deploymentEvent.create({
        data: {
          deploymentId: d.id,
          status: "imported",
          detail: `Imported from ${network.name} at ${address}. ${sentence} Nothing was written on chain.`,
          actorId,
        },
      });
      await writeAuditLog(q, {
        actorId,
        teamId: input.teamId,
        action: "deployment.import",
        target: `deployment:${d.id}`,
        detail: {
          name,
          brick: version ? `${version.brick.slug}@${version.version}` : "watched",
          network: network.slug,
          address,
          codeHash,
        },
      });
      return d;
    })
    .catch((error: unknown) => {
      // Two imports of the same contract at the same moment: the second finds the first's row.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw new AppError("CONFLICT", { userMessage: "Your team already tracks this contract." });
      throw error;
    });
  if (!version) return { deploymentId: created.id, brick: "watched", version: "", sentence, refused: watched!.refused };
  return { deploymentId: created.id, brick: version.brick.slug, version: version.version, sentence };
}
