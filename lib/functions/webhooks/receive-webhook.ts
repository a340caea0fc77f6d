// One incoming webhook call, checked in this order before anything runs: the caller's network is
// within the rate limit; the instance has a webhook; the timestamp is within 5 minutes; the
// signature matches HMAC-SHA256(secret, "<timestamp>.<raw body>"); the body is JSON within the
// limits and fits the brick's webhook body schema; the instance is on; and this signature was not
// seen before (a replay). Only then is a run queued, on the same job queue as scheduled runs, with
// the body as `input.webhook`. Every refusal is a plain 4xx and queues nothing.
import "server-only";
import type PgBoss from "pg-boss";
import { validateConfig } from "@/lib/bricks/config-schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import { edgeError } from "@/lib/http/edge-error";
import { inspectValue } from "@/lib/http/inspect-value";
import { jsonTooDeep } from "@/lib/http/json-depth";
import { MAX_ACTION_NODES, MAX_JSON_DEPTH } from "@/lib/http/limits";
import { rateLimit } from "@/lib/http/rate-limit";
import { appJobs } from "@/lib/functions/bricks/app-jobs";
import { enqueueWebhookRun } from "@/lib/functions/jobs/enqueue-run";
import { openWebhookSecret } from "./open-webhook-secret";
import {
  signatureMatches,
  signWebhook,
  WEBHOOK_MAX_BODY_BYTES,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  WEBHOOK_WINDOW_SECONDS,
} from "./sign-webhook";
import { webhookTrigger } from "./webhook-trigger";

export type TWebhookCall = {
  instanceId: string;
  headers: Headers;
  body: Uint8Array;
  ip: string;
  now?: Date;
  jobs?: PgBoss;
};

const ID = /^[a-z0-9]{10,40}$/;
const NO_WEBHOOK = "There is no webhook at this address (or it was turned off).";

function unauthenticated(message: string): AppError {
  return new AppError("UNAUTHENTICATED", { userMessage: message });
}

function parseBody(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("MALFORMED", { userMessage: "The webhook body is not valid UTF-8 text." });
  }
  if (!text.trim()) throw new AppError("MALFORMED", { userMessage: "The webhook body is empty: send JSON." });
  if (jsonTooDeep(text, MAX_JSON_DEPTH))
    throw new AppError("BAD_INPUT", { userMessage: "The webhook body nests lists or objects too deeply." });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("MALFORMED", { userMessage: "The webhook body is not valid JSON." });
  }
  const problem = inspectValue(value, {
    maxDepth: MAX_JSON_DEPTH,
    maxNodes: MAX_ACTION_NODES,
    maxChars: WEBHOOK_MAX_BODY_BYTES,
  });
  if (problem) throw edgeError(problem);
  return value;
}

export async function receiveWebhook(call: TWebhookCall): Promise<{ accepted: true; jobId: string }> {
  const now = call.now ?? new Date();
  // Per network first, before any lookup: guessing addresses or secrets costs hits too.
  await rateLimit("webhook", { ip: call.ip });
  if (!ID.test(call.instanceId)) throw new AppError("NOT_FOUND", { userMessage: NO_WEBHOOK });
  if (call.body.byteLength > WEBHOOK_MAX_BODY_BYTES)
    throw new AppError("TOO_LARGE", {
      userMessage: `The webhook body is larger than ${WEBHOOK_MAX_BODY_BYTES / 1024} KB, the most a webhook accepts.`,
    });

  const timestampText = call.headers.get(WEBHOOK_TIMESTAMP_HEADER)?.trim() ?? "";
  const signature = call.headers.get(WEBHOOK_SIGNATURE_HEADER)?.trim() ?? "";
  if (!timestampText || !signature)
    throw unauthenticated(
      `Sign the call: send the ${WEBHOOK_TIMESTAMP_HEADER} header (Unix seconds) and the ${WEBHOOK_SIGNATURE_HEADER} header (v1=HMAC-SHA256 of "<timestamp>.<body>" with the webhook secret).`,
    );
  if (!/^\d{1,12}$/.test(timestampText))
    throw unauthenticated(`The ${WEBHOOK_TIMESTAMP_HEADER} header must be the time in whole Unix seconds.`);
  const timestamp = Number(timestampText);
  const ageS = Math.floor(now.getTime() / 1000) - timestamp;
  if (Math.abs(ageS) > WEBHOOK_WINDOW_SECONDS)
    throw unauthenticated(
      ageS > 0
        ? `The call was signed ${Math.round(ageS / 60)} minutes ago; calls older than 5 minutes are refused. Sign it again with the current time.`
        : "The call's timestamp is more than 5 minutes in the future. Check the sending machine's clock.",
    );

  const inst = await db.functionInstance.findUnique({
    where: { id: call.instanceId },
    select: { id: true, enabled: true, brickVersionId: true },
  });
  let secret: string | null = null;
  try {
    secret = inst ? await openWebhookSecret(inst.id) : null;
  } catch {
    // Sealed under a master key this server no longer has (SECRETS_KEY changed without a rotation).
    throw new AppError("CONFLICT", {
      userMessage: "This webhook's secret cannot be read on this server any more; its team must make a new one.",
    });
  }
  if (!inst || !secret) throw new AppError("NOT_FOUND", { userMessage: NO_WEBHOOK });
  if (!signatureMatches(signWebhook(secret, timestampText, call.body), signature))
    throw unauthenticated(
      "The signature does not match this webhook's secret (or the body was changed after signing).",
    );
  // Per instance only after the signature holds, so strangers cannot use up a team's allowance.
  await rateLimit("webhook", { account: inst.id });

  const body = parseBody(call.body);
  const trigger = await webhookTrigger(inst.brickVersionId);
  if (!trigger.allowed) throw new AppError("NOT_FOUND", { userMessage: NO_WEBHOOK });
  if (trigger.yanked || !inst.enabled)
    throw new AppError("CONFLICT", {
      userMessage: trigger.yanked
        ? `This function was stopped: its version was withdrawn (${trigger.yanked}).`
        : "This function is paused; its team can resume it on the function's page.",
    });
  if (trigger.bodySchema) {
    const fits = validateConfig(trigger.bodySchema, body);
    if (!fits.success) {
      const first = fits.issues[0];
      const field = ["body", ...first.path].join(".");
      throw new AppError("BAD_INPUT", {
        userMessage: `The webhook body does not fit: ${first.path.join(".") || "the body"} — ${first.message}`,
        fields: { [field]: [first.message] },
      });
    }
  }

  // Replays: a signature is accepted once. Rows older than twice the window (a timestamp may be up
  // to 5 minutes ahead) can no longer pass the time check, so they are dropped as calls come in.
  await db.functionWebhookCall.deleteMany({
    where: { receivedAt: { lt: new Date(now.getTime() - 2 * WEBHOOK_WINDOW_SECONDS * 1000) } },
  });
  let callId: string;
  try {
    const row = await db.functionWebhookCall.create({
      data: { instanceId: inst.id, signature, sentAt: new Date(timestamp * 1000), receivedAt: now },
      select: { id: true },
    });
    callId = row.id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("CONFLICT", {
        userMessage: "This call was already received (same signature): a replayed call is not run again.",
      });
    throw error;
  }
  let jobId: string | null;
  try {
    jobId = await enqueueWebhookRun(call.jobs ?? (await appJobs()), inst.id, body);
  } catch (error) {
    // Not queued: forget the call, so the sender's retry is not taken for a replay.
    await db.functionWebhookCall.delete({ where: { id: callId } }).catch(() => undefined);
    throw error;
  }
  if (!jobId) throw new AppError("CONFLICT", { userMessage: "The run could not be queued. Send the call again." });
  await db.functionWebhookCall.update({ where: { id: callId }, data: { jobId } });
  return { accepted: true, jobId };
}
