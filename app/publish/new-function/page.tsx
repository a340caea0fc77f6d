import type { Metadata } from "next";
import { getFunctionDraftDefaults } from "@/lib/publishing/get-function-draft-defaults";
import { FunctionPublishForm } from "../_components/function/function-publish-form";
import { NewDraftPage } from "../_components/new-draft-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Publish a function brick version" };

export default async function NewFunctionVersionPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const { from } = await searchParams;
  return (
    <NewDraftPage
      path="/publish/new-function"
      from={from}
      loadDefaults={getFunctionDraftDefaults}
      crumb="New function version"
      title="Publish a function brick version"
      upload="source"
      intro={
        <>
          An off-chain function builders run on a schedule, on demand or from a webhook: its JavaScript source, the form
          builders fill in, what it may reach, where its output goes, and your audit report. Checked with the same rules
          as <code className="font-mono text-sm">npm run bricks:check</code>.
        </>
      }
      form={(draft) => <FunctionPublishForm defaults={draft} />}
    />
  );
}
