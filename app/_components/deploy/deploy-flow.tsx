"use client";
// The deploy page's flow: where and what (team, network, name), the brick's own form (generated
// from its config schema, validated live), the link field checked on the chain while typing, then
// a review with the server's dry-run, then Deploy (the wallet signs; the server sends and tracks).
import { useCallback, useMemo, useState } from "react";
import { BrickForm } from "@/app/_components/brick-form";
import type { ConfigIssue, ConfigResult, ConfigValues, JsonSchema } from "@/lib/bricks/config-schema";
import type { TReview } from "@/lib/deployments/review-deployment";
import { reviewAction } from "./actions";
import { DeployButton } from "./deploy-button";
import { IssueSummary } from "./issue-summary";
import { LinkStatus } from "./link-status";
import { ReviewPanel } from "./review-panel";
import { TargetFields, type TTarget } from "./target-fields";
import { Button, Card } from "@/app/_components/ui";
import { useIdempotencyKey } from "./use-idempotency-key";

export type TDeployFlowProps = {
  brick: { slug: string; name: string };
  version: string;
  versions: string[];
  config: JsonSchema;
  link: { field: string; requiredMessages: string[] } | null;
  networks: { slug: string; name: string }[];
  teams: { id: string; name: string }[];
  /** "Deploy again": an earlier deployment's answers that still fit this version, and its name. */
  again?: { name: string; defaults: Record<string, unknown> };
};

type Problem = { error: string; fields?: Record<string, string[]> };

export function DeployFlow(props: TDeployFlowProps) {
  const { brick, version, link } = props;
  const [target, setTarget] = useState<TTarget>({
    name: props.again ? `${props.again.name} (again)`.slice(0, 60) : `My ${brick.name.toLowerCase()}`,
    teamId: props.teams[0].id,
    network: props.networks[0].slug,
  });
  const [answers, setAnswers] = useState<ConfigValues | null>(null);
  const [linkAddress, setLinkAddress] = useState<string | null>(null);
  const [review, setReview] = useState<TReview | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(false);
  const [issues, setIssues] = useState<ConfigIssue[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const { key, renew } = useIdempotencyKey(brick.slug);
  const networkName = props.networks.find((n) => n.slug === target.network)?.name ?? target.network;
  const nameError = target.name.trim() ? undefined : "Give this instance a name, so your team can find it.";

  const onChange = useCallback(
    (values: ConfigValues, result: ConfigResult) => {
      setIssues(result.success ? [] : result.issues);
      if (!link) return;
      const v = values[link.field];
      const bad = !result.success && result.issues.some((i) => i.path.join(".") === link.field);
      setLinkAddress(typeof v === "string" && v.trim() && !bad ? v.trim() : null);
    },
    [link],
  );

  async function onSubmit(values: ConfigValues) {
    if (nameError) return;
    setAnswers(values);
    setProblem(null);
    setLoading(true);
    const r = await reviewAction({
      brick: brick.slug,
      version,
      ...target,
      config: values,
      idempotencyKey: key ?? undefined,
    });
    setLoading(false);
    if (r.ok) setReview(r.data);
    else setProblem({ error: r.message, fields: r.fields });
  }

  // The contract check sits right under its field; the summary lists it with the other answers.
  const linkField = link?.field;
  const after = useMemo(
    () =>
      linkField
        ? {
            [linkField]: (
              <div className="mt-2">
                <LinkStatus
                  brick={brick.slug}
                  version={version}
                  network={target.network}
                  networkName={networkName}
                  address={linkAddress}
                  requiredMessages={link!.requiredMessages}
                  onProblem={setLinkProblem}
                />
              </div>
            ),
          }
        : undefined,
    [linkField, link, brick.slug, version, target.network, networkName, linkAddress],
  );
  const linkLabel = linkField ? String(props.config.properties?.[linkField]?.title ?? linkField) : "";
  const extra = [
    ...(nameError ? [{ label: "Instance name", message: nameError }] : []),
    ...(linkProblem && linkAddress ? [{ label: linkLabel, message: linkProblem }] : []),
  ];

  const inReview = Boolean(review && answers);
  // An unmapped pallet-revive account: the button links it first, then dry-runs and deploys.
  const mapFirst = Boolean(review?.mapping && !review.mapping.mapped);
  const canDeploy = review
    ? (review.verdict.ok || (mapFirst && !review.verdict.ok && review.verdict.code === "AccountUnmapped")) &&
      (!review.link || review.link.ok)
    : false;
  return (
    <div className="space-y-6">
      <div hidden={inReview} className="space-y-6">
        <Card aria-labelledby="where-title">
          <h2 id="where-title" className="mb-3 text-lg font-semibold">
            1. Where it goes
          </h2>
          <TargetFields
            value={target}
            onChange={setTarget}
            nameError={nameError}
            slug={brick.slug}
            version={version}
            versions={props.versions}
            teams={props.teams.map((t) => ({ value: t.id, label: t.name }))}
            networks={props.networks.map((n) => ({ value: n.slug, label: n.name }))}
          />
        </Card>
        <Card aria-labelledby="settings-title">
          <h2 id="settings-title" className="mb-3 text-lg font-semibold">
            2. Settings
          </h2>
          <div onSubmitCapture={() => setAttempted(true)}>
            <BrickForm
              schema={props.config}
              defaultValues={props.again?.defaults}
              onChange={onChange}
              onSubmit={onSubmit}
              submitLabel={loading ? "Checking on the network…" : "Review"}
              label={`${brick.name} settings`}
              after={after}
            />
          </div>
          {attempted && (
            <div className="mt-4">
              <IssueSummary schema={props.config} issues={issues} extra={extra} />
            </div>
          )}
          {problem && (
            <div role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
              <p className="font-medium">{problem.error}</p>
              {problem.fields && (
                <ul className="mt-1 list-disc pl-5">
                  {Object.entries(problem.fields).map(([f, msgs]) => (
                    <li key={f}>
                      <code className="font-mono text-xs">{f.replace(/^config\./, "")}</code>: {msgs.join("; ")}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </Card>
      </div>
      {inReview && review && (
        <>
          <h2 className="text-xl font-semibold">3. Review</h2>
          <ReviewPanel review={review} onFunded={() => void onSubmit(answers!)} />
          <div className="flex flex-wrap items-start gap-3">
            <Button variant="secondary" type="button" onClick={() => setReview(null)}>
              Back to the settings
            </Button>
            <DeployButton
              input={{ brick: brick.slug, version, ...target, config: answers!, idempotencyKey: key }}
              disabled={!canDeploy}
              onSent={renew}
              mapFirst={mapFirst}
            />
          </div>
        </>
      )}
    </div>
  );
}
