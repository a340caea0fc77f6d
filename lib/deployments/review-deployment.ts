// The review step: everything a builder should know before signing, computed by the server from
// the same inputs the deploy will use: a plain summary, the constructor's arguments as entered and
// as encoded, a dry-run verdict in words, gas, storage deposit and fee in tokens, the link check,
// and the deprecation warning. Yanked versions are refused (loadDeployTarget).
import "server-only";
import { randomAsHex } from "@polkadot/util-crypto";
import { db } from "@/lib/db";
import { getChainApi } from "@/lib/chain/api-pool";
import { formatTokens } from "@/lib/chain/format-tokens";
import { deprecationWarning } from "@/lib/publishing/deployable";
import { requireTeamPermission } from "@/lib/teams/require-team-permission";
import { reviewFunding, type TReviewFunding } from "@/lib/networks/review-funding";
import { platformAdapter } from "@/lib/chain/platforms";
import { checkLink, type TLinkCheck } from "./check-link";
import { explainLinkRevert, linkCall, type TLinkCtx } from "./link-calls";
import { contractCodec } from "./codec";
import { describeConstructorArgs, type TArgRow } from "./describe-args";
import { costOf, depositShortfall, explainDryRun, notEnoughMoney, type TVerdict } from "./explain-dry-run";
import { loadDeployTarget } from "./load-deploy-target";
import { feeProbeTx, planInstantiate } from "./plan-instantiate";
import { deploymentSalt } from "./salt";
import { ZDeployTarget, ZIdempotencyKey } from "./schemas";

export type TReview = {
  summary: string;
  constructorName: string;
  args: TArgRow[];
  inputData: string;
  codeOnChain: boolean;
  address: string;
  verdict: TVerdict;
  gas: { refTime: string; proofSize: string };
  /** The storage deposit; null when the dry-run failed (it measured nothing: no 0 that looks free). */
  deposit: string | null;
  fee: string | null;
  balance: string | null;
  /** Fee + storage deposit, what leaves the account at signing (the deposit comes back on removal). */
  total: string | null;
  link: (TLinkCheck & { address: string; explain: string; warning: string | null }) | null;
  warning: string | null;
  /** Where test tokens come from when the balance is too low (see lib/networks/review-funding.ts). */
  funding: TReviewFunding;
  network: { slug: string; explorerAccountUrl: string | null; name?: string; tokenSymbol?: string };
  signer: string;
  /** pallet-revive: the signer's H160, and whether the one-time account mapping is signed with this deploy. */
  mapping: { h160: string; mapped: boolean; explain: string } | null;
};

export async function reviewDeployment(opts: {
  actor: { id: string; address: string };
  input: unknown;
}): Promise<TReview> {
  const input = ZDeployTarget.extend({ idempotencyKey: ZIdempotencyKey.optional() }).parse(opts.input);
  await requireTeamPermission(db, {
    actorId: opts.actor.id,
    teamId: input.teamId,
    action: "deployment.create",
    doing: "deploy bricks",
  });
  const target = await loadDeployTarget(input);
  const { manifest, network, version } = target;
  const api = await getChainApi(network.rpcUrl, { networkName: network.name });
  const salt = input.idempotencyKey ? deploymentSalt(input.idempotencyKey) : randomAsHex(32);
  const signer = opts.actor.address;
  const plan = await planInstantiate(api, target, { config: input.config, signer, salt });
  const codec = contractCodec(api, version);
  let verdict = explainDryRun(codec, { kind: "constructor", label: manifest.constructor.name }, plan.dryRun);
  verdict = await depositShortfall(api, verdict, signer, network);
  let cost = null;
  if (plan.dryRun.ok) {
    cost = await costOf(api, feeProbeTx(api, target, plan), signer, plan.dryRun.deposit);
    if (verdict.ok && !cost.enough) verdict = notEnoughMoney(cost, network);
  }
  const tokens = (v: bigint) => formatTokens(v, network.decimals, network.tokenSymbol);
  const linked = manifest.link ? String(plan.answers[manifest.link.field] ?? "") : "";
  const link = manifest.link
    ? {
        ...(await checkLink(api, target, { address: linked, origin: signer })),
        address: linked,
        explain: manifest.link.explain,
        warning: null as string | null,
      }
    : null;
  // Shown as the platform writes it (an H160 checksummed), once the check found a contract there.
  if (link?.ok) link.address = platformAdapter(network.platform).formatAddress(linked, network.ss58Prefix);
  if (link?.ok && manifest.link?.record?.on === "linked")
    link.warning = await linkRefusal(api, target, { signer, instance: plan.address, linked, answers: plan.answers });
  return {
    summary: summaryOf(target, input.name, plan.codeOnChain, link?.address ?? ""),
    constructorName: manifest.constructor.name,
    args: describeConstructorArgs(manifest, codec.constructorParams(), plan.answers, plan.args),
    inputData: plan.inputData,
    codeOnChain: plan.codeOnChain,
    address: plan.address,
    verdict,
    gas: { refTime: plan.dryRun.gas.refTime.toString(), proofSize: plan.dryRun.gas.proofSize.toString() },
    // A failed dry-run reports no real deposit: null (the review says why) rather than a 0 that looks free.
    deposit: plan.dryRun.ok ? tokens(plan.dryRun.deposit) : null,
    fee: cost ? tokens(cost.fee) : null,
    balance: cost ? tokens(cost.free) : null,
    total: cost ? tokens(cost.fee + cost.deposit) : null,
    link,
    warning: deprecationWarning(version, version.brick.latestVersion),
    funding: await reviewFunding(api, network, signer, {
      verdictCode: verdict.ok ? null : verdict.code,
      enough: cost?.enough ?? null,
    }),
    network: {
      slug: network.slug,
      explorerAccountUrl: network.explorerAccountUrl,
      name: network.name,
      tokenSymbol: network.tokenSymbol,
    },
    signer,
    mapping: plan.mapping.needed
      ? {
          h160: plan.mapping.h160,
          mapped: plan.mapping.mapped,
          explain: explainMapping(plan.mapping.h160, plan.mapping.mapped, network.name),
        }
      : null,
  };
}

/** The account mapping of pallet-revive, in words a non-programmer can follow. */
function explainMapping(h160: string, mapped: boolean, networkName: string): string {
  const what = `Contracts on ${networkName} know accounts by a short Ethereum-style address. Yours is ${h160}: it belongs to your account and is where the new contract will see you (for example as its owner).`;
  return mapped
    ? `${what} Your account is already linked to it.`
    : `${what} Your account is not linked to it yet: deploying first asks you to sign this one-time link ("map account"), then the deploy itself.`;
}

/** Asks the user's contract now whether it would accept the link transaction from this account. */
async function linkRefusal(
  api: Awaited<ReturnType<typeof getChainApi>>,
  target: Awaited<ReturnType<typeof loadDeployTarget>>,
  ctx: TLinkCtx,
): Promise<string | null> {
  const call = linkCall(api, target, "record", ctx);
  if (!call) return null;
  const dry = await platformAdapter(target.network.platform).dryRunCall(api, {
    origin: ctx.signer,
    dest: call.dest,
    inputData: call.data,
  });
  if (dry.ok && !dry.reverted) return null;
  const why = dry.ok ? explainLinkRevert(api, target, call.on, call.label, dry.data) : dry.error.message;
  return `Your contract would refuse ${call.label} from your account (${why}), so the link step would fail. Usually only the contract's owner may do this: deploy with the account that owns your contract.`;
}

function summaryOf(
  target: Awaited<ReturnType<typeof loadDeployTarget>>,
  name: string,
  codeOnChain: boolean,
  linked: string,
): string {
  const { version, network, bundle } = target;
  const code = codeOnChain
    ? "Its published code is already stored on the network, so only a new instance is created."
    : `Its published code (${(bundle.wasm.length / 1024).toFixed(1)} KB) is uploaded together with the new instance.`;
  const link = linked ? ` It will then be linked to your contract ${linked}, with one more signature.` : "";
  return `Create “${name}”, a new ${version.brick.name} (version ${version.version}) on ${network.name}, with your answers below. ${code}${link}`;
}
