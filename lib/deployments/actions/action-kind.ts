// Settings actions are DeploymentTx rows like the deploy and the link step. A deployment has many
// of them, and (deploymentId, kind) is unique, so each carries its own kind: "action:<key>".
export const ACTION_KIND_PREFIX = "action:";

export const actionKind = (idempotencyKey: string) => `${ACTION_KIND_PREFIX}${idempotencyKey}`;

export const isActionKind = (kind: string) => kind.startsWith(ACTION_KIND_PREFIX);
