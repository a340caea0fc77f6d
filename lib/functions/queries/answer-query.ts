// A function's query URL: answers from the sandbox and the function's stored state, never from the
// chain — the "not every operation needs consensus" half of a Phat contract. Checked in this order:
// the caller's network is within the rate limit; the instance exists and exports `query`; when its
// team chose "token", a team API token of THAT team is sent; the input is a small flat object. The
// handler gets `{ input: { ...configured input, query }, state }`: no secrets and no web requests
// (a public URL must not spend the team's API keys or reach out on a stranger's behalf).
import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { rateLimit } from "@/lib/http/rate-limit";
import { ZInstanceConfig } from "@/lib/functions/jobs/instance-config";
import { runFunction } from "@/lib/functions/sandbox";
import { hasQueryHandler, ZQueryParams } from "./query-params";

export type TQueryCall = { instanceId: string; authorization: string | null; params: unknown; ip: string };
export type TQueryAnswer = { answer: unknown; ms: number };

const ID = /^[a-z0-9]{10,40}$/;
const NO_QUERY = "There is no query at this address.";
/** Queries answer in milliseconds; one that takes longer than this is stopped. */
const QUERY_WALL_MS = 2000;

export async function answerQuery(call: TQueryCall): Promise<TQueryAnswer> {
  await rateLimit("function.query", { ip: call.ip });
  if (!ID.test(call.instanceId)) throw new AppError("NOT_FOUND", { userMessage: NO_QUERY });
  const inst = await db.functionInstance.findUnique({
    where: { id: call.instanceId },
    select: { id: true, teamId: true, queryAccess: true, source: true, state: true, config: true },
  });
  if (!inst || !hasQueryHandler(inst.source)) throw new AppError("NOT_FOUND", { userMessage: NO_QUERY });
  if (inst.queryAccess !== "public") {
    const actor = await authenticateApiToken(call.authorization, { ip: call.ip });
    if (actor.teamId !== inst.teamId)
      throw new AppError("FORBIDDEN", {
        userMessage: "This API token belongs to another team: only the function's own team may ask it.",
      });
  }
  await rateLimit("function.query", { account: inst.id });
  const parsed = ZQueryParams.safeParse(call.params ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.length ? `query.${issue.path.join(".")}` : "query";
    throw new AppError("BAD_INPUT", {
      userMessage: `The query's input needs attention: ${field} ${issue.message}.`,
      fields: { [field]: [issue.message] },
    });
  }
  const config = ZInstanceConfig.parse(JSON.parse(inst.config));
  const configured = config.input && typeof config.input === "object" ? config.input : {};
  const result = await runFunction({
    source: inst.source,
    handler: "query",
    input: { ...configured, query: parsed.data },
    secrets: {},
    state: JSON.parse(inst.state) as unknown,
    limits: { wallMs: QUERY_WALL_MS, maxOutputBytes: 16 * 1024 },
    allowedHosts: [],
  });
  if (!result.ok)
    throw new AppError("BAD_INPUT", {
      userMessage: `The function's query did not answer: ${result.error?.message ?? "it failed"}.`,
    });
  return { answer: result.output ?? null, ms: Math.round(result.durationMs) };
}
