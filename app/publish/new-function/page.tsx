import type { Metadata } from "next";
import Link from "next/link";
import { canPlatform } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { getFunctionDraftDefaults } from "@/lib/publishing/get-function-draft-defaults";
import { AuditorsOnly } from "../_components/auditors-only";
import { FunctionPublishForm } from "../_components/function/function-publish-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Publish a function brick version" };

export default async function NewFunctionVersionPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const { from } = await searchParams;
  const user = await requirePageUser(`/publish/new-function${from ? `?from=${encodeURIComponent(from)}` : ""}`);
  if (!canPlatform(user.platformRoles, "brick.publish")) return <AuditorsOnly />;
  const defaults = await getFunctionDraftDefaults(typeof from === "string" ? from : undefined);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <Link href="/publish" className="hover:text-brand-600">
          Publish
        </Link>{" "}
        / New function version
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">Publish a function brick version</h1>
        <p className="max-w-3xl text-stone-600">
          {defaults.from ? (
            <>
              Starting from <span className="font-mono">{defaults.from}</span>: upload the new source and change what
              changed.{" "}
            </>
          ) : null}
          An off-chain function builders run on a schedule, on demand or from a webhook: its JavaScript source, the form
          builders fill in, what it may reach, where its output goes, and your audit report. Checked with the same rules
          as <code className="font-mono text-sm">npm run bricks:check</code>.
        </p>
      </header>
      <FunctionPublishForm defaults={defaults.draft} />
    </div>
  );
}
