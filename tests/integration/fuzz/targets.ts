// Everything the fuzz suite throws input at: every REST route handler (called in-process with a
// real Request, as Next.js calls it) and every server action's input path (the same edge check and
// service call the action makes; actions themselves need Next's request scope for the session).
import { toAppError } from "@/lib/errors";
import { acceptInput } from "@/lib/http/accept-input";
import { edgeParse, edgeText, edgeTexts } from "@/lib/http/zod-edge";
import * as v1Versions from "@/app/api/v1/bricks/[slug]/versions/route";
import * as v1Deprecate from "@/app/api/v1/bricks/[slug]/versions/[version]/deprecate/route";
import * as v1Yank from "@/app/api/v1/bricks/[slug]/versions/[version]/yank/route";
import * as v1Attest from "@/app/api/v1/bricks/[slug]/versions/[version]/attestations/route";
import * as v1Upload from "@/app/api/v1/bricks/[slug]/versions/[version]/code-uploads/route";
import * as v1Owner from "@/app/api/v1/bricks/[slug]/owner/route";
import * as pubAttest from "@/app/api/bricks/[slug]/versions/[version]/attestations/route";
import * as pubWasm from "@/app/api/bricks/[slug]/versions/[version]/wasm/route";
import * as siws from "@/app/api/auth/siws/message/route";
import * as teamRoute from "@/app/api/teams/[teamId]/route";
import * as memberRoute from "@/app/api/teams/[teamId]/members/[userId]/route";
import * as inviteRoute from "@/app/api/teams/[teamId]/invites/route";
import { grantAuditor } from "@/lib/admin/grant-auditor";
import { createAttestation } from "@/lib/audits/create-attestation";
import { prepareAttestation } from "@/lib/audits/prepare-attestation";
import { transferBrick } from "@/lib/bricks/owners/transfer-brick";
import { checkLinkField } from "@/lib/deployments/check-link-field";
import { importContract } from "@/lib/deployments/imports/import-contract";
import { readConfigFile } from "@/lib/deployments/configs/read-config-file";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { prepareLink } from "@/lib/deployments/prepare-link";
import { reviewDeployment } from "@/lib/deployments/review-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { checkDraft } from "@/lib/publishing/check-draft";
import { checkFunctionDraft } from "@/lib/publishing/check-function-draft";
import { functionDraftToManifest, ZCheckFunctionDraft, ZPublishFunctionDraft } from "@/lib/publishing/function-draft";
import { hashText } from "@/lib/functions/sandbox/hash";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { draftToManifest } from "@/lib/publishing/draft-to-manifest";
import { publishVersion } from "@/lib/publishing/publish-version";
import { recordCodeUpload } from "@/lib/publishing/record-code-upload";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { ZCheckDraft, ZPublishDraft } from "@/lib/publishing/schemas";
import { deprecateVersion } from "@/lib/publishing/deprecate-version";
import { acceptInvite } from "@/lib/teams/accept-invite";
import { changeRole } from "@/lib/teams/change-role";
import { createInvite } from "@/lib/teams/create-invite";
import { createTeam } from "@/lib/teams/create-team";
import { leaveTeam } from "@/lib/teams/leave-team";
import { removeMember } from "@/lib/teams/remove-member";
import { renameTeam } from "@/lib/teams/rename-team";
import { revokeInvite } from "@/lib/teams/revoke-invite";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type TCtx = { token: string; actor: { id: string; address: string }; ip: string };
export type TRouteTarget = {
  kind: "route";
  name: string;
  method: string;
  path: string;
  params: string[];
  keys: string[];
  handler: Handler;
  auth: boolean;
};
export type TActionTarget = {
  kind: "action";
  name: string;
  keys: string[];
  run: (input: Record<string, unknown>, ctx: TCtx) => Promise<unknown>;
};

const h = (f: unknown) => f as Handler;
const s = (v: unknown) => v as string;

export const ROUTES: TRouteTarget[] = [
  {
    kind: "route",
    name: "publish (REST)",
    method: "POST",
    path: "/api/v1/bricks/:slug/versions",
    params: ["slug"],
    keys: ["manifest", "bundle", "bundleName", "report"],
    handler: h(v1Versions.POST),
    auth: true,
  },
  {
    kind: "route",
    name: "versions (REST)",
    method: "GET",
    path: "/api/v1/bricks/:slug/versions",
    params: ["slug"],
    keys: [],
    handler: h(v1Versions.GET),
    auth: false,
  },
  {
    kind: "route",
    name: "deprecate (REST)",
    method: "POST",
    path: "/api/v1/bricks/:slug/versions/:version/deprecate",
    params: ["slug", "version"],
    keys: ["reason"],
    handler: h(v1Deprecate.POST),
    auth: true,
  },
  {
    kind: "route",
    name: "yank (REST)",
    method: "POST",
    path: "/api/v1/bricks/:slug/versions/:version/yank",
    params: ["slug", "version"],
    keys: ["reason"],
    handler: h(v1Yank.POST),
    auth: true,
  },
  {
    kind: "route",
    name: "attest (REST)",
    method: "POST",
    path: "/api/v1/bricks/:slug/versions/:version/attestations",
    params: ["slug", "version"],
    keys: ["auditId", "signer", "issuedAt", "signature"],
    handler: h(v1Attest.POST),
    auth: true,
  },
  {
    kind: "route",
    name: "code upload (REST)",
    method: "POST",
    path: "/api/v1/bricks/:slug/versions/:version/code-uploads",
    params: ["slug", "version"],
    keys: ["network", "signedExtrinsic"],
    handler: h(v1Upload.POST),
    auth: true,
  },
  {
    kind: "route",
    name: "transfer (REST)",
    method: "POST",
    path: "/api/v1/bricks/:slug/owner",
    params: ["slug"],
    keys: ["toAddress", "teamSlug"],
    handler: h(v1Owner.POST),
    auth: true,
  },
  {
    kind: "route",
    name: "attestations (public)",
    method: "GET",
    path: "/api/bricks/:slug/versions/:version/attestations",
    params: ["slug", "version"],
    keys: [],
    handler: h(pubAttest.GET),
    auth: false,
  },
  {
    kind: "route",
    name: "wasm (public)",
    method: "GET",
    path: "/api/bricks/:slug/versions/:version/wasm",
    params: ["slug", "version"],
    keys: [],
    handler: h(pubWasm.GET),
    auth: false,
  },
  {
    kind: "route",
    name: "sign-in message",
    method: "POST",
    path: "/api/auth/siws/message",
    params: [],
    keys: ["address"],
    handler: h(siws.POST),
    auth: false,
  },
  {
    kind: "route",
    name: "rename team",
    method: "PATCH",
    path: "/api/teams/:teamId",
    params: ["teamId"],
    keys: ["name"],
    handler: h(teamRoute.PATCH),
    auth: false,
  },
  {
    kind: "route",
    name: "change role",
    method: "PATCH",
    path: "/api/teams/:teamId/members/:userId",
    params: ["teamId", "userId"],
    keys: ["role"],
    handler: h(memberRoute.PATCH),
    auth: false,
  },
  {
    kind: "route",
    name: "remove member",
    method: "DELETE",
    path: "/api/teams/:teamId/members/:userId",
    params: ["teamId", "userId"],
    keys: [],
    handler: h(memberRoute.DELETE),
    auth: false,
  },
  {
    kind: "route",
    name: "create invite",
    method: "POST",
    path: "/api/teams/:teamId/invites",
    params: ["teamId"],
    keys: ["role"],
    handler: h(inviteRoute.POST),
    auth: false,
  },
];

/** Each server action's input path: the edge check it makes, then its service with the same picks. */
export const ACTIONS: TActionTarget[] = [
  {
    kind: "action",
    name: "setAuditorAction",
    keys: ["userId", "auditor"],
    run: (i, c) => grantAuditor({ actorId: c.actor.id, userId: s(acceptInput(i).userId) }),
  },
  {
    kind: "action",
    name: "renameTeamAction",
    keys: ["teamId", "name"],
    run: (i, c) => renameTeam({ actorId: c.actor.id, teamId: s(acceptInput(i).teamId), name: s(i.name) }),
  },
  {
    kind: "action",
    name: "createInviteAction",
    keys: ["teamId", "role"],
    run: (i, c) => createInvite({ actorId: c.actor.id, teamId: s(acceptInput(i).teamId), role: s(i.role) }),
  },
  {
    kind: "action",
    name: "revokeInviteAction",
    keys: ["teamId", "inviteId"],
    run: (i, c) => revokeInvite({ actorId: c.actor.id, teamId: s(acceptInput(i).teamId), inviteId: s(i.inviteId) }),
  },
  {
    kind: "action",
    name: "changeRoleAction",
    keys: ["teamId", "userId", "role"],
    run: (i, c) =>
      changeRole({ actorId: c.actor.id, teamId: s(acceptInput(i).teamId), userId: s(i.userId), role: s(i.role) }),
  },
  {
    kind: "action",
    name: "removeMemberAction",
    keys: ["teamId", "userId"],
    run: (i, c) => removeMember({ actorId: c.actor.id, teamId: s(acceptInput(i).teamId), userId: s(i.userId) }),
  },
  {
    kind: "action",
    name: "leaveTeamAction",
    keys: ["teamId"],
    run: (i, c) => leaveTeam({ actorId: c.actor.id, teamId: s(acceptInput(i).teamId) }),
  },
  {
    kind: "action",
    name: "createTeamAction",
    keys: ["name"],
    run: (i, c) => createTeam({ actorId: c.actor.id, name: s(acceptInput(i).name) }),
  },
  {
    kind: "action",
    name: "acceptInviteAction",
    keys: ["token"],
    run: (i, c) => acceptInvite({ actorId: c.actor.id, token: s(acceptInput(i).token) }),
  },
  {
    kind: "action",
    name: "createApiTokenAction",
    keys: ["teamId", "name"],
    run: (i, c) => createApiToken({ actorId: c.actor.id, teamId: s(acceptInput(i).teamId), name: s(i.name) }),
  },
  {
    kind: "action",
    name: "revokeApiTokenAction",
    keys: ["teamId", "tokenId"],
    run: (i, c) => revokeApiToken({ actorId: c.actor.id, ...edgeTexts(i, ["teamId", "tokenId"]) }),
  },
  {
    kind: "action",
    name: "checkDraftAction",
    keys: ["bundleText", "slug", "name", "version", "configSchemaText"],
    run: (i, c) => checkDraft({ actorId: c.actor.id, draft: edgeParse(ZCheckDraft, i) }),
  },
  {
    kind: "action",
    name: "publishDraftAction",
    keys: ["bundleText", "slug", "name", "version", "report"],
    run: async (i, c) => {
      const draft = edgeParse(ZPublishDraft, i);
      return publishVersion({
        actorId: c.actor.id,
        manifest: draftToManifest(draft).manifest,
        bundleText: draft.bundleText,
        report: draft.report,
        source: "ui",
      });
    },
  },
  {
    kind: "action",
    name: "checkFunctionDraftAction",
    keys: ["sourceText", "slug", "triggers", "inputsText", "deliveryText"],
    run: (i, c) => checkFunctionDraft({ actorId: c.actor.id, draft: edgeParse(ZCheckFunctionDraft, i) }),
  },
  {
    kind: "action",
    name: "publishFunctionDraftAction",
    keys: ["sourceText", "slug", "triggers", "feedsText", "report"],
    run: async (i, c) => {
      const draft = edgeParse(ZPublishFunctionDraft, i);
      return publishVersion({
        actorId: c.actor.id,
        manifest: functionDraftToManifest(draft, hashText(draft.sourceText)).manifest,
        bundleText: draft.sourceText,
        report: draft.report,
        source: "ui",
      });
    },
  },
  {
    kind: "action",
    name: "prepareAttestationAction",
    keys: ["auditId"],
    run: (i, c) => prepareAttestation({ actorId: c.actor.id, auditId: edgeTexts(i, ["auditId"]).auditId }),
  },
  {
    kind: "action",
    name: "submitAttestationAction",
    keys: ["auditId", "slug", "version", "signer", "issuedAt", "signature"],
    run: (i, c) =>
      createAttestation({
        actorId: c.actor.id,
        auditId: edgeTexts(i, ["auditId", "slug", "version"]).auditId,
        signer: s(i.signer),
        issuedAt: s(i.issuedAt),
        signature: s(i.signature),
      }),
  },
  {
    kind: "action",
    name: "setVersionStatusAction",
    keys: ["slug", "version", "reason"],
    run: (i, c) =>
      deprecateVersion({
        actorId: c.actor.id,
        ...edgeTexts(i, ["slug", "version"]),
        reason: s(i.reason),
      }),
  },
  {
    kind: "action",
    name: "recordCodeUploadAction",
    keys: ["slug", "version", "network", "extrinsicHash"],
    run: (i, c) =>
      recordCodeUpload({
        actorId: c.actor.id,
        ...edgeTexts(i, ["slug", "version"]),
        network: s(i.network),
        extrinsicHash: s(i.extrinsicHash),
      }),
  },
  {
    kind: "action",
    name: "transferBrickAction",
    keys: ["slug", "toAddress", "teamSlug"],
    run: (i, c) =>
      transferBrick({
        actorId: c.actor.id,
        slug: s(acceptInput(i).slug),
        toAddress: s(i.toAddress),
        teamSlug: s(i.teamSlug),
      }),
  },
  {
    kind: "action",
    name: "checkLinkAction",
    keys: ["brick", "version", "network", "address", "field"],
    run: (i, c) => checkLinkField({ actor: c.actor, input: acceptInput(i) }),
  },
  {
    kind: "action",
    name: "reviewAction",
    keys: ["teamId", "brick", "version", "network", "name", "config", "linkedContract"],
    run: (i, c) => reviewDeployment({ actor: c.actor, input: acceptInput(i) }),
  },
  {
    kind: "action",
    name: "prepareAction",
    keys: ["teamId", "brick", "version", "network", "name", "config", "idempotencyKey"],
    run: (i, c) => prepareDeployment({ actor: c.actor, input: acceptInput(i) }),
  },
  {
    kind: "action",
    name: "submitAction",
    keys: ["deploymentId", "signature", "kind"],
    run: (i, c) => submitSignature({ actorId: c.actor.id, input: acceptInput(i) }),
  },
  {
    kind: "action",
    name: "prepareLinkAction",
    keys: ["deploymentId"],
    run: (i, c) => prepareLink({ actor: c.actor, deploymentId: edgeText(acceptInput(i).deploymentId) }),
  },
  {
    kind: "action",
    name: "readConfigFileAction",
    keys: ["brick", "version", "text"],
    run: (i, c) => readConfigFile({ actorId: c.actor.id, input: acceptInput(i) }),
  },
  {
    kind: "action",
    name: "importContractAction",
    keys: ["teamId", "network", "address", "name"],
    run: (i, c) => importContract({ actorId: c.actor.id, input: acceptInput(i) }),
  },
];

/** The HTTP status an action's result would carry: 200, or its AppError's status. */
export async function actionStatus(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 200;
  } catch (error) {
    return toAppError(error).status;
  }
}
