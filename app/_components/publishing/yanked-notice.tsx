// For a team's dashboard: a notice listing the team's instances whose brick version was yanked,
// with the auditors' reason. Renders nothing when none is affected. Mount it where the team's
// deployments are listed: <YankedNotice actorId={user.id} teamId={team.id} />.
import Link from "next/link";
import { listYankedDeployments } from "@/lib/publishing/list-yanked-deployments";

export async function YankedNotice({ actorId, teamId }: { actorId: string; teamId: string }) {
  const affected = await listYankedDeployments({ actorId, teamId });
  if (affected.length === 0) return null;
  return (
    <section
      role="alert"
      aria-labelledby="yanked-title"
      className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900"
    >
      <h2 id="yanked-title" className="font-semibold">
        {affected.length === 1 ? "One of your instances runs" : `${affected.length} of your instances run`} a withdrawn
        brick version
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {affected.map((d) => (
          <li key={d.deploymentId}>
            <span className="font-medium">{d.name}</span> ({d.brick.name} {d.version} on {d.network.name}) — withdrawn:{" "}
            {d.yankedReason ?? "no reason given"}.{" "}
            {d.brick.latestVersion && d.brick.latestVersion !== d.version && (
              <Link href={`/bricks/${d.brick.slug}`} className="underline">
                Version {d.brick.latestVersion} is available.
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
