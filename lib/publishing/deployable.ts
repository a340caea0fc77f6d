// For the deploy flow: whether a version may be deployed at all (not yanked), and the warning to
// show for a deprecated one. Pure and browser-safe: the form can show the warning, the server must
// call assertDeployable again right before it creates a deployment.
import { AppError } from "@/lib/errors";

export type VersionStatusFields = {
  version: string;
  yankedAt: Date | string | null;
  yankedReason: string | null;
  deprecatedAt: Date | string | null;
  deprecatedReason: string | null;
};

/** Throws a CONFLICT AppError with the yank reason when the version was yanked. */
export function assertDeployable(v: VersionStatusFields): void {
  if (!v.yankedAt) return;
  throw new AppError("CONFLICT", {
    userMessage: `Version ${v.version} was withdrawn (yanked)${v.yankedReason ? `: ${v.yankedReason}` : ""}. It cannot be deployed any more; choose a newer version.`,
  });
}

/** The warning for a deprecated (but deployable) version, or null. */
export function deprecationWarning(v: VersionStatusFields, latest?: string | null): string | null {
  if (!v.deprecatedAt || v.yankedAt) return null;
  const newer = latest && latest !== v.version ? ` Version ${latest} is available.` : "";
  return `Version ${v.version} is deprecated${v.deprecatedReason ? `: ${v.deprecatedReason}` : ""}. You can still deploy it, but its auditors advise against it.${newer}`;
}
