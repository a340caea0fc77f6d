// A read-only message asked with arguments (a watched contract's balance_of(owner), say): the
// answers encoded by the codec against the message's form, a dry-run as the person asking, the
// answer decoded with the ABI. Nothing is signed or stored, so every member of the instance's team
// may ask (viewers too); other teams get "not found" from the query itself.
import "server-only";
import { getChainApi } from "@/lib/chain/api-pool";
import { platformAdapter } from "@/lib/chain/platforms";
import { rolesAllowed } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isOnChain } from "@/lib/statuses/deployment-statuses";
import { contractCodec } from "../codec";
import { parseVersion } from "../load-deploy-target";
import { ZAskMessage } from "./schemas";

export type TAnswer = { label: string; answer: string };

const shown = (v: unknown): string =>
  typeof v === "string" ? v : JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x));

export async function askMessage(opts: { actor: { id: string; address: string }; input: unknown }): Promise<TAnswer> {
  const input = ZAskMessage.parse(opts.input);
  const d = await db.deployment.findFirst({
    where: {
      id: input.deploymentId,
      team: { members: { some: { userId: opts.actor.id, role: { in: rolesAllowed("deployment.view") } } } },
    },
    include: { network: true, brickVersion: true },
  });
  if (!d)
    throw new AppError("NOT_FOUND", {
      userMessage: "This instance does not exist, or you are not a member of its team.",
    });
  if (!d.address || !isOnChain(d.status))
    throw new AppError("CONFLICT", { userMessage: "The instance is not on chain, so it cannot be asked anything." });
  const { manifest, bundle } = parseVersion(d.brickVersion);
  const action = manifest.settings.find((s) => s.id === input.action);
  const message = bundle.kind === "solidity" ? undefined : bundle.messages.find((m) => m.label === action?.message);
  if (!action || !message || message.mutates)
    throw new AppError("BAD_INPUT", {
      userMessage: `“${input.action}” is not a read-only message of this contract.`,
      fields: { action: ["Choose one of the read-only messages listed."] },
    });
  const api = await getChainApi(d.network.rpcUrl, { networkName: d.network.name });
  const codec = contractCodec(api, d.brickVersion);
  const { data } = codec.encodeCall({ kind: "settings", id: action.id }, input.answers, {
    signer: opts.actor.address,
    instance: d.address,
  });
  const dry = await platformAdapter(d.network.platform).dryRunCall(api, {
    origin: opts.actor.address,
    dest: d.address,
    inputData: data,
  });
  if (!dry.ok) throw new AppError("BAD_INPUT", { userMessage: dry.error.message });
  if (dry.reverted)
    throw new AppError("BAD_INPUT", {
      userMessage: codec.explainRevert({ kind: "message", label: message.label }, dry.data),
    });
  return { label: message.label, answer: shown(codec.decodeResult(message.label, dry.data)) };
}
