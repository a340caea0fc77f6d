import type { Metadata } from "next";
import { canPlatform, type PlatformRole } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/admin/list-users";
import { shortAddress } from "@/lib/wallet/short-address";
import { Identicon } from "@/app/_components/identicon";
import { AuditorToggle } from "@/app/admin/_components/auditor-toggle";
import { Card } from "@/app/_components/ui";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin" };

const BADGE: Record<PlatformRole, string> = {
  admin: "bg-brand-100 text-brand-700",
  auditor: "bg-sky-100 text-sky-800",
};

/** Two people may pick the same wallet name: then the label adds the short address to tell them apart. */
function labels(users: { id: string; name: string | null; address: string | null }[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const u of users) if (u.name) count.set(u.name, (count.get(u.name) ?? 0) + 1);
  return new Map(
    users.map((u) => {
      const short = u.address ? shortAddress(u.address) : u.id;
      return [u.id, u.name ? ((count.get(u.name) ?? 0) > 1 ? `${u.name} (${short})` : u.name) : short];
    }),
  );
}

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  const user = await requirePageUser("/admin");
  if (!canPlatform(user.platformRoles, "admin.view")) {
    return (
      <Card as="div" role="alert" className="mx-auto max-w-lg text-center">
        <h1 className="text-xl font-semibold">Platform admins only</h1>
        <p className="mt-2 text-stone-600">This page manages auditors. Ask a platform admin if you need access.</p>
      </Card>
    );
  }
  const users = await listUsers({ actorId: user.id, q: q || undefined });
  const labelOf = labels(users);

  return (
    <div className="space-y-6">
      <section className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">Platform admin</h1>
        <p className="text-stone-600">
          Auditors publish brick versions and sign their audits. The first admins are named in the server’s settings
          (ADMIN_ADDRESSES).
        </p>
        <p>
          <a href="/admin/networks" className="text-brand-600 underline">
            Manage networks →
          </a>
        </p>
      </section>
      <Card aria-labelledby="users-title">
        <h2 id="users-title" className="mb-2 text-lg font-semibold">
          People ({users.length}
          {q ? ` matching “${q}”` : ""})
        </h2>
        <form role="search" action="/admin" className="mb-3 flex flex-wrap gap-2">
          <label htmlFor="user-search" className="sr-only">
            Search people by name or address
          </label>
          <input
            id="user-search"
            type="search"
            name="q"
            defaultValue={q}
            placeholder="Name or address"
            className="min-w-0 flex-1 rounded-md border border-stone-300 px-3 py-1.5 text-sm"
          />
          <button
            type="submit"
            className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50"
          >
            Search
          </button>
        </form>
        {users.length === 0 && <p className="text-sm text-stone-600">Nobody matches “{q}”.</p>}
        <ul className="divide-y divide-stone-200" aria-label="Users">
          {users.map((u) => {
            const label = labelOf.get(u.id) ?? u.id;
            return (
              <li key={u.id} className="flex flex-wrap items-center gap-3 py-3" data-testid="user-row">
                <Identicon accountId={u.publicKey ?? u.id} size={32} />
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium">
                    {label}
                    {u.id === user.id && <span className="ml-2 text-xs font-normal text-stone-500">(you)</span>}
                  </p>
                  {u.address && (
                    <p className="font-mono text-xs text-stone-500" title={u.address}>
                      {shortAddress(u.address, 6)}
                    </p>
                  )}
                </div>
                <div className="flex gap-1">
                  {u.platformRoles.map((r) => (
                    <span key={r} className={`rounded px-2 py-0.5 text-xs font-medium ${BADGE[r]}`}>
                      {r}
                    </span>
                  ))}
                </div>
                <AuditorToggle userId={u.id} isAuditor={u.platformRoles.includes("auditor")} label={label} />
              </li>
            );
          })}
        </ul>
      </Card>
    </div>
  );
}
