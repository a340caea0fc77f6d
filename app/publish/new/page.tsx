import type { Metadata } from "next";
import Link from "next/link";
import { canPlatform } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { getDraftDefaults } from "@/lib/publishing/get-draft-defaults";
import { AuditorsOnly } from "../_components/auditors-only";
import { PublishForm } from "../_components/publish-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Publish a brick version" };

export default async function NewVersionPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const { from } = await searchParams;
  const user = await requirePageUser(`/publish/new${from ? `?from=${encodeURIComponent(from)}` : ""}`);
  if (!canPlatform(user.platformRoles, "brick.publish")) return <AuditorsOnly />;
  const defaults = await getDraftDefaults(typeof from === "string" ? from : undefined);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/publish" className="hover:text-brand-600">
          Publish
        </Link>{" "}
        / New version
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">Publish a brick version</h1>
        <p className="max-w-3xl text-stone-600">
          {defaults.from ? (
            <>
              Starting from <span className="font-mono">{defaults.from}</span>: upload the new bundle and change what
              changed.{" "}
            </>
          ) : null}
          An ink! <code className="font-mono text-sm">.contract</code> bundle, the manifest builders&apos; forms come
          from, and your audit report. Every change is checked with the same rules as{" "}
          <code className="font-mono text-sm">npm run bricks:check</code>.
        </p>
      </header>
      <PublishForm defaults={defaults.draft} />
    </div>
  );
}
