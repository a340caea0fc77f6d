// The deploy form's live check of the link field, on the network chosen: valid address, a contract
// there, and the messages the brick needs (see check-link.ts). Any signed-in person may ask.
import "server-only";
import { getChainApi } from "@/lib/chain/api-pool";
import { addressProblem } from "@/lib/bricks/config-formats";
import { checkLink, type TLinkCheck } from "./check-link";
import { loadDeployTarget } from "./load-deploy-target";
import { ZLinkCheck } from "./schemas";

export async function checkLinkField(opts: { actor: { address: string }; input: unknown }): Promise<TLinkCheck> {
  const input = ZLinkCheck.parse(opts.input);
  const problem = addressProblem(input.address, "contract address");
  if (problem) return { ok: false, message: problem };
  const target = await loadDeployTarget(input);
  const link = target.manifest.link;
  const api = await getChainApi(target.network.rpcUrl, { networkName: target.network.name });
  return checkLink(api, {
    address: input.address,
    requiredMessages: link?.requiredMessages ?? [],
    origin: opts.actor.address,
    networkName: target.network.name,
  });
}
