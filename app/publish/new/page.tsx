import type { Metadata } from "next";
import { getDraftDefaults } from "@/lib/publishing/get-draft-defaults";
import { NewDraftPage } from "../_components/new-draft-page";
import { PublishForm } from "../_components/publish-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Publish a brick version" };

export default async function NewVersionPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const { from } = await searchParams;
  return (
    <NewDraftPage
      path="/publish/new"
      from={from}
      loadDefaults={getDraftDefaults}
      crumb="New version"
      title="Publish a brick version"
      upload="bundle"
      intro={
        <>
          An ink! <code className="font-mono text-sm">.contract</code> bundle, the manifest builders&apos; forms come
          from, and your audit report. Every change is checked with the same rules as{" "}
          <code className="font-mono text-sm">npm run bricks:check</code>.
        </>
      }
      form={(draft) => <PublishForm defaults={draft} />}
    />
  );
}
