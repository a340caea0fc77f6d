// The publish step every kind's form ends in: a draft turned into its manifest (JSON boxes that do not
// parse are refused, naming their field), then the one publishing service the REST API and the CLI use
// (publishVersion: auditor role and version rules checked in its transaction, nothing written on a
// refusal), then the pages that show the result are refreshed.
import "server-only";
import { revalidatePath } from "next/cache";
import type { TAuditReportInput } from "@/lib/audits/schemas";
import { AppError } from "@/lib/errors";
import type { DraftJsonError } from "@/lib/publishing/draft-json";
import { publishVersion } from "@/lib/publishing/publish-version";

export async function publishDraft(opts: {
  actorId: string;
  draft: { manifest: Record<string, unknown>; errors: DraftJsonError[] };
  uploadText: string;
  report: TAuditReportInput;
}) {
  const { manifest, errors } = opts.draft;
  if (errors.length)
    throw new AppError("BAD_INPUT", {
      userMessage: errors[0].message,
      fields: Object.fromEntries(errors.map((e) => [e.field, [e.message]])),
    });
  const result = await publishVersion({
    actorId: opts.actorId,
    manifest,
    bundleText: opts.uploadText,
    report: opts.report,
    source: "ui",
  });
  revalidatePath("/publish");
  revalidatePath(`/bricks/${result.slug}`);
  revalidatePath(`/publish/${result.slug}/${result.version}`);
  return { slug: result.slug, version: result.version, outcome: result.outcome };
}
