// On which networks each version's code is stored (recorded code uploads): builders can deploy a
// version only where its code is. An async server component with its own query, so the brick page
// only mounts it: <CodeAvailability versions={versions} />.
import type { BrickPageData } from "@/lib/catalog/get-brick-page";
import { db } from "@/lib/db";
import { listCodeAvailability } from "@/lib/publishing/list-code-availability";

export async function CodeAvailability({ versions }: { versions: BrickPageData["versions"] }) {
  const live = versions.filter((v) => !v.yankedAt);
  const byVersion = await listCodeAvailability(
    db,
    live.map((v) => v.id),
  );
  return (
    <ul className="space-y-2 text-sm" aria-label="Code on networks">
      {live.map((v) => {
        const uploads = byVersion.get(v.id) ?? [];
        return (
          <li key={v.id}>
            <span className="font-medium">{v.version}</span>:{" "}
            {uploads.length ? (
              uploads.map((u) => u.network.name).join(", ")
            ) : (
              <span className="text-stone-500">not uploaded yet</span>
            )}
          </li>
        );
      })}
      {live.length === 0 && <li className="text-stone-500">No version is available.</li>}
    </ul>
  );
}
