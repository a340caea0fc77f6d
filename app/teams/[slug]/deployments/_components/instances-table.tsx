// The team's instances: name, brick and version, network, status, address, link and code checks.
import Link from "next/link";
import { StatusBadge } from "@/app/_components/deploy/status-badge";
import { ChainValue } from "@/app/_components/networks/chain-value";
import type { listTeamDeployments } from "@/lib/deployments/list-team-deployments";

type Row = Awaited<ReturnType<typeof listTeamDeployments>>["rows"][number];

function Checks({ r }: { r: Row }) {
  return (
    <>
      {r.codeHashVerified !== null && (
        <span className={r.codeHashVerified ? "text-emerald-700" : "text-red-700"}>
          {r.codeHashVerified ? "✓ code" : "✗ code"}
        </span>
      )}{" "}
      {r.linkVerified !== null && (
        <span className={r.linkVerified ? "text-emerald-700" : "text-red-700"}>
          {r.linkVerified ? "✓ linked" : "✗ link"}
        </span>
      )}
    </>
  );
}

/** Phones: one card per instance, so no column (the address, above all) is cut off. */
function InstanceCards({ rows }: { rows: Row[] }) {
  return (
    <ul className="divide-y divide-stone-100 sm:hidden" aria-label="Instances">
      {rows.map((r) => (
        <li key={r.id} className="space-y-1 py-3 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={`/instances/${r.id}`} className="font-medium text-brand-700 underline [overflow-wrap:anywhere]">
              {r.name}
            </Link>
            <StatusBadge status={r.status} />
          </div>
          <p className="text-stone-700">
            {r.brickVersion.brick.name} {r.brickVersion.version} on {r.network.name}
            {r.brickVersion.yankedAt && (
              <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-800">withdrawn</span>
            )}
          </p>
          {r.address && <p className="font-mono text-xs break-all text-stone-600">{r.address}</p>}
          <p className="text-xs text-stone-600">
            <Checks r={r} />{" "}
            <time dateTime={r.createdAt.toISOString()}>
              {r.createdAt.toLocaleDateString("en-GB", {
                day: "numeric",
                month: "short",
                year: "numeric",
                timeZone: "UTC",
              })}
            </time>
            {r.createdBy.name && <> by {r.createdBy.name}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function InstancesTable({ rows }: { rows: Row[] }) {
  return (
    <>
      <InstanceCards rows={rows} />
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full text-left text-sm" aria-label="Instances">
          <thead className="text-xs uppercase tracking-wide text-stone-500">
            <tr>
              <th className="py-2 pr-3">Name</th>
              <th className="py-2 pr-3">Brick</th>
              <th className="py-2 pr-3">Network</th>
              <th className="py-2 pr-3">Status</th>
              <th className="py-2 pr-3">Address</th>
              <th className="py-2 pr-3">Checks</th>
              <th className="py-2">Deployed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-stone-100 align-top">
                <td className="py-2 pr-3">
                  <Link href={`/instances/${r.id}`} className="font-medium text-brand-700 underline">
                    {r.name}
                  </Link>
                </td>
                <td className="py-2 pr-3">
                  {r.brickVersion.brick.name} <span className="text-stone-500">{r.brickVersion.version}</span>
                  {r.brickVersion.yankedAt && (
                    <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-800">withdrawn</span>
                  )}
                </td>
                <td className="py-2 pr-3">{r.network.name}</td>
                <td className="py-2 pr-3">
                  <StatusBadge status={r.status} />
                  {r.status === "missing_on_chain" && r.missingReason && (
                    <span className="mt-1 block max-w-56 text-xs text-red-800">{r.missingReason}</span>
                  )}
                </td>
                <td className="py-2 pr-3 font-mono text-xs">
                  {r.address ? <ChainValue value={r.address} kind="account" network={r.network} shorten /> : "—"}
                </td>
                <td className="py-2 pr-3 text-xs">{r.status !== "missing_on_chain" && <Checks r={r} />}</td>
                <td className="py-2 text-xs text-stone-600">
                  <time dateTime={r.createdAt.toISOString()}>
                    {r.createdAt.toLocaleDateString("en-GB", {
                      day: "numeric",
                      month: "short",
                      year: "numeric",
                      timeZone: "UTC",
                    })}
                  </time>
                  {r.createdBy.name && <> by {r.createdBy.name}</>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
