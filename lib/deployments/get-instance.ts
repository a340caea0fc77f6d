// The instance page's data, for members of the deployment's team only (the check is in the query):
// status, network, address and code hash check, the brick version, the answers and arguments used,
// the link, the contract events decoded when they happened, and the timeline with who did what.
import "server-only";
import { can, rolesAllowed } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isActionKind } from "./actions/action-kind";
import { settingsOf } from "./actions/settings-of";
import { accountKey, describeEventArgs } from "./events/describe-event";
import { parseVersion } from "./load-deploy-target";
import { h160Keys } from "./events/h160-keys";
import { upgradeLabel } from "./upgrades/upgrade-ids";
import { isWatched } from "./watched/watched-brick";
import { watchedManifest } from "./watched/watched-manifest";

const person = { select: { id: true, name: true, accounts: { select: { address: true }, take: 1 } } } as const;

export async function getInstance(opts: { actorId: string; id: string; viewerAddress?: string }) {
  const d = await db.deployment.findFirst({
    where: {
      id: opts.id,
      team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.view") } } } },
    },
    include: {
      team: {
        select: {
          id: true,
          slug: true,
          name: true,
          members: {
            select: {
              role: true,
              userId: true,
              user: { select: { name: true, accounts: { select: { address: true } } } },
            },
          },
        },
      },
      createdBy: person,
      network: {
        select: {
          slug: true,
          name: true,
          tokenSymbol: true,
          decimals: true,
          platform: true,
          explorerAccountUrl: true,
          explorerTxUrl: true,
          explorerBlockUrl: true,
        },
      },
      brickVersion: {
        select: {
          id: true,
          version: true,
          codeHash: true,
          manifest: true,
          abi: true,
          wasm: true,
          yankedAt: true,
          yankedReason: true,
          deprecatedAt: true,
          deprecatedReason: true,
          brick: { select: { slug: true, name: true, latestVersion: true, kind: true } },
        },
      },
      events: { orderBy: { createdAt: "asc" } },
      transactions: {
        select: {
          id: true,
          kind: true,
          status: true,
          extrinsicHash: true,
          blockHash: true,
          blockNumber: true,
          failureReason: true,
          actionId: true,
          actionInput: true,
          actorId: true,
          signer: true,
          createdAt: true,
        },
        orderBy: { createdAt: "desc" },
      },
      contractEvents: { orderBy: [{ blockNumber: "asc" }, { eventIndex: "asc" }] },
    },
  });
  if (!d)
    throw new AppError("NOT_FOUND", {
      userMessage: "This instance does not exist, or you are not a member of its team.",
    });
  const actorIds = [...new Set([...d.events, ...d.transactions].map((e) => e.actorId).filter((x): x is string => !!x))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, ...person });
  const names = new Map(actors.map((a) => [a.id, a.name ?? a.accounts[0]?.address ?? "a member"]));
  const { manifest, bundle } = parseVersion(d.brickVersion);
  const v = d.brickVersion;
  // A contract imported with its own metadata: which messages only read, which were left out and why.
  const generated = isWatched(v.brick) && bundle.kind !== "solidity" ? watchedManifest(bundle, v.brick.name) : null;
  const watched =
    generated && bundle.kind !== "solidity"
      ? {
          contract: `${bundle.contract.name} ${bundle.contract.version}`,
          readOnly: generated.readOnly,
          refused: generated.refused,
        }
      : null;
  const me = d.team.members.find((m) => m.userId === opts.actorId);
  const config = JSON.parse(d.config) as Record<string, unknown>;
  // Who an address in an event is, as far as this team knows (the viewer's own accounts last, so "you" wins).
  const accountNames = new Map<string, string>();
  const name = (address: string | null | undefined, label: string) => {
    const key = address ? accountKey(address) : null;
    if (key) accountNames.set(key, label);
    // On pallet-revive, events name accounts by their mapped H160.
    if (address && d.network.platform === "revive") for (const k of h160Keys(address)) accountNames.set(k, label);
  };
  for (const m of d.team.members) for (const a of m.user.accounts) name(a.address, m.user.name ?? "a team member");
  name(d.linkedContract, "your contract");
  name(d.address, "this instance");
  for (const a of me ? (d.team.members.find((m) => m.userId === opts.actorId)?.user.accounts ?? []) : [])
    name(a.address, "you");
  name(opts.viewerAddress, "you");
  return {
    ...d,
    brickVersion: {
      version: v.version,
      codeHash: v.codeHash,
      yankedAt: v.yankedAt,
      yankedReason: v.yankedReason,
      deprecatedAt: v.deprecatedAt,
      deprecatedReason: v.deprecatedReason,
      brick: v.brick,
    },
    watched,
    myRole: me?.role ?? null,
    canDeploy: can(me?.role, "deployment.create"),
    canChangeSettings: can(me?.role, "deployment.settings"),
    config: JSON.parse(d.config) as Record<string, unknown>,
    args: JSON.parse(d.args) as unknown[],
    configSchema: manifest.config,
    link: manifest.link
      ? {
          explain: manifest.link.explain,
          record: manifest.link.record ? { on: manifest.link.record.on, message: manifest.link.record.message } : null,
          verify: Boolean(manifest.link.verify),
        }
      : null,
    linkTx: d.transactions.find((t) => t.kind === "link") ?? null,
    hasQueries: manifest.queries.length > 0,
    settings: settingsOf(manifest, JSON.parse(d.config) as Record<string, unknown>),
    actionTxs: d.transactions
      .filter((t) => isActionKind(t.kind) && t.status !== "draft")
      .map((t) => ({
        id: t.id,
        status: t.status,
        failureReason: t.failureReason,
        createdAt: t.createdAt,
        blockNumber: t.blockNumber,
        label:
          upgradeLabel(t.actionId) ??
          manifest.settings.find((s) => s.id === t.actionId)?.label ??
          t.actionId ??
          "action",
        actorName: t.actorId ? (names.get(t.actorId) ?? "a member") : t.signer,
      })),
    events: d.events.map((e) => ({ ...e, actorName: e.actorId ? (names.get(e.actorId) ?? "a member") : null })),
    contractEvents: d.contractEvents.map((e) => ({
      ...e,
      args: JSON.parse(e.args) as Record<string, unknown>,
      shown: describeEventArgs(JSON.parse(e.args) as Record<string, unknown>, { names: accountNames, config }),
    })),
  };
}

export type TInstance = Awaited<ReturnType<typeof getInstance>>;

/** What the live progress stream sends: enough to tell whether the page must refresh. */
export async function getInstanceProgress(opts: { actorId: string; id: string }) {
  const d = await db.deployment.findFirst({
    where: {
      id: opts.id,
      team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.view") } } } },
    },
    select: {
      status: true,
      linkVerified: true,
      updatedAt: true,
      _count: { select: { events: true } },
      transactions: { select: { kind: true, status: true } },
    },
  });
  if (!d) return null;
  return {
    status: d.status,
    linkVerified: d.linkVerified,
    events: d._count.events,
    txs: d.transactions
      .map((t) => `${t.kind}:${t.status}`)
      .sort()
      .join(","),
  };
}
