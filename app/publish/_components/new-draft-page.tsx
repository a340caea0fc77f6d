// The page around every kind's publish form: auditors only (others see why), the form pre-filled from
// the latest version of `?from=slug` when given, a breadcrumb, a title and a plain-language intro.
import Link from "next/link";
import type { ReactNode } from "react";
import { canPlatform } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { AuditorsOnly } from "./auditors-only";

export async function NewDraftPage<D>(p: {
  /** The page's path, to come back to after signing in. */
  path: string;
  from: string | undefined;
  loadDefaults: (slug: string | undefined) => Promise<{ draft: D; from: string | null }>;
  crumb: string;
  title: string;
  /** What is uploaded again when starting from a published version ("bundle", "source"). */
  upload: string;
  intro: ReactNode;
  form: (draft: D) => ReactNode;
}) {
  const { from } = p;
  const user = await requirePageUser(`${p.path}${from ? `?from=${encodeURIComponent(from)}` : ""}`);
  if (!canPlatform(user.platformRoles, "brick.publish")) return <AuditorsOnly />;
  const defaults = await p.loadDefaults(typeof from === "string" ? from : undefined);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/publish" className="hover:text-brand-600">
          Publish
        </Link>{" "}
        / {p.crumb}
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{p.title}</h1>
        <p className="max-w-3xl text-stone-600">
          {defaults.from ? (
            <>
              Starting from <span className="font-mono">{defaults.from}</span>: upload the new {p.upload} and change
              what changed.{" "}
            </>
          ) : null}
          {p.intro}
        </p>
      </header>
      {p.form(defaults.draft)}
    </div>
  );
}
