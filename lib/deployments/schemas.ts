// Every input of the deploy flow, one zod schema each, shared by the browser and the server (which
// parses again: nothing reaches the chain unvalidated). The answers themselves (`config`) are
// checked against the brick's own config schema by validateConfig on the server.
import { z } from "zod";
import { DEPLOYMENT_STATUSES } from "@/lib/statuses/deployment-statuses";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown brick or network.");
const id = z.string().min(1).max(64);

// "missing_on_chain": the deploy had finalized, but a later start found the contract gone (a dev
// chain reset); set by lib/deployments/mark-missing-on-chain.ts, with the reason.
export { DEPLOYMENT_STATUSES };
export type TDeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export const ZDeployTarget = z.object({
  brick: slug,
  version: z.string().min(1).max(64),
  teamId: id,
  network: slug,
  name: z
    .string()
    .trim()
    .min(1, "Give this instance a name, so your team can find it.")
    .max(60, "Keep the name under 60 characters."),
  config: z.record(z.string(), z.unknown()),
});
export type TDeployTarget = z.infer<typeof ZDeployTarget>;

/** A fresh key per deploy attempt, kept by the browser across retries of the same attempt. */
export const ZIdempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "The deploy request is malformed (idempotency key). Reload the page and try again.");

export const ZPrepareDeployment = ZDeployTarget.extend({ idempotencyKey: ZIdempotencyKey });
export type TPrepareDeployment = z.infer<typeof ZPrepareDeployment>;

export const ZSignature = z
  .string()
  .regex(/^0x[0-9a-fA-F]{128,132}$/, "The wallet returned something that is not a signature.");

// Settings actions: "action:<idempotency key>" (lib/deployments/actions/action-kind.ts).
const ZTxKind = z.union([
  z.enum(["instantiate", "link"]),
  z.string().regex(/^action:[A-Za-z0-9_-]{16,64}$/, "Unknown transaction."),
]);
export const ZSubmitSignature = z.object({ deploymentId: id, kind: ZTxKind, signature: ZSignature });
export type TSubmitSignature = z.infer<typeof ZSubmitSignature>;

export const ZLinkCheck = z.object({
  brick: slug,
  version: z.string().min(1).max(64),
  network: slug,
  address: z.string().trim().max(64),
});
export type TLinkCheck = z.infer<typeof ZLinkCheck>;

export const ZDashboardFilters = z.object({
  status: z
    .enum([...DEPLOYMENT_STATUSES, "linked", "pending"])
    .optional()
    .catch(undefined),
  brick: slug.optional().catch(undefined),
  network: slug.optional().catch(undefined),
  q: z.string().trim().max(80).optional().catch(undefined),
});
export type TDashboardFilters = z.infer<typeof ZDashboardFilters>;
