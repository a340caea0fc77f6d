import type { BrickPageData } from "@/lib/catalog/get-brick-page";
import { TONE_CLASSES, versionStatusWords } from "@/lib/statuses/status-words";
import { CodeHash } from "./section";

const dateFmt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

function VersionStatus({ v }: { v: BrickPageData["versions"][number] }) {
  const w = versionStatusWords(v);
  return <span className={`rounded px-1.5 py-0.5 text-xs ${TONE_CLASSES[w.tone]}`}>{w.label}</span>;
}

export function VersionsTable({ versions }: { versions: BrickPageData["versions"] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 text-stone-600">
          <tr>
            <th className="py-2 pr-3 font-medium">Version</th>
            <th className="py-2 pr-3 font-medium">Published</th>
            <th className="py-2 pr-3 font-medium">Status</th>
            <th className="py-2 pr-3 font-medium">Networks</th>
            <th className="py-2 pr-3 font-medium">Code hash</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} className="border-b border-stone-100 align-top">
              <td className="py-2 pr-3 font-medium">
                <span>{v.version}</span>
                {v.changelog && <p className="mt-0.5 font-normal text-stone-600">{v.changelog}</p>}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{dateFmt.format(v.createdAt)}</td>
              <td className="py-2 pr-3">
                <VersionStatus v={v} />
              </td>
              <td className="py-2 pr-3">{v.networkNames.length ? v.networkNames.join(", ") : "—"}</td>
              <td className="py-2 pr-3">
                <CodeHash hash={v.codeHash} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
