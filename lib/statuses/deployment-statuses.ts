// A deployment's statuses and the moves allowed between them, in one place: every "is it in flight?"
// and "is it on chain?" check asks here, and the tracker's guarded transitions name their `from`
// states from here. Browser-safe (pages use the same answers as the server).
//
//   draft → signed → in_block → finalized → missing_on_chain (the chain lost it: a fresh dev chain)
//             ↑          │
//             └──────────┘ (the block was replaced: a re-org)
//   draft | signed | in_block → failed

export const DEPLOYMENT_STATUSES = ["draft", "signed", "in_block", "finalized", "failed", "missing_on_chain"] as const;
export type TDeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/** A transaction (instantiate, link, settings action) has the same states, less "missing on chain". */
export const TX_STATUSES = ["draft", "signed", "in_block", "finalized", "failed"] as const;
export type TTxStatus = (typeof TX_STATUSES)[number];

/** Sent and not final yet: the tracker follows these, pages refresh live while one exists. */
export const IN_FLIGHT_STATUSES = ["signed", "in_block"] as const satisfies readonly TTxStatus[];
/** The contract exists on chain (its address can be called). */
export const ON_CHAIN_STATUSES = ["in_block", "finalized"] as const satisfies readonly TTxStatus[];

export const DEPLOYMENT_MOVES: Record<TDeploymentStatus, readonly TDeploymentStatus[]> = {
  draft: ["signed", "failed"],
  signed: ["in_block", "failed"],
  in_block: ["finalized", "signed", "failed"],
  finalized: ["missing_on_chain"],
  failed: [],
  missing_on_chain: [],
};

const has = (list: readonly string[], s: string | null | undefined) =>
  s !== null && s !== undefined && list.includes(s);

export const isInFlight = (status: string | null | undefined) => has(IN_FLIGHT_STATUSES, status);
export const isOnChain = (status: string | null | undefined) => has(ON_CHAIN_STATUSES, status);
export const canMove = (from: string, to: string) => has(DEPLOYMENT_MOVES[from as TDeploymentStatus] ?? [], to);
