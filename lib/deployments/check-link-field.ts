// The deploy form's live check of the link field, on the network chosen: the address in that
// network's form, a contract there, and the functions the brick needs (see check-link.ts). Any
// signed-in person may ask. A text that is no address at all is answered without asking the chain.
import "server-only";
import { getChainApi } from "@/lib/chain/api-pool";
import { contractAddressProblem } from "@/lib/bricks/config-formats";
import { checkLink, type TLinkCheck } from "./check-link";
import { loadDeployTarget } from "./load-deploy-target";
import { ZLinkCheck } from "./schemas";

export async function checkLinkField(opts: { actor: { address: string }; input: unknown }): Promise<TLinkCheck> {
  const input = ZLinkCheck.parse(opts.input);
  const problem = contractAddressProblem(input.address);
  if (problem) return { ok: false, message: problem };
  const target = await loadDeployTarget(input);
  const api = await getChainApi(target.network.rpcUrl, { networkName: target.network.name });
  return checkLink(api, target, { address: input.address, origin: opts.actor.address });
}
