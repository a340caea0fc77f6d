import { isTeamRole, ROLE_HELP, ROLE_LABELS } from "@/lib/auth/permissions";

const COLOURS: Record<string, string> = {
  owner: "bg-brand-100 text-brand-700",
  admin: "bg-sky-100 text-sky-800",
  deployer: "bg-emerald-100 text-emerald-800",
  viewer: "bg-stone-100 text-stone-700",
};

export function RoleBadge({ role }: { role: string }) {
  const label = isTeamRole(role) ? ROLE_LABELS[role] : role;
  return (
    <span
      title={isTeamRole(role) ? ROLE_HELP[role] : undefined}
      className={`rounded px-2 py-0.5 text-xs font-medium ${COLOURS[role] ?? COLOURS.viewer}`}
    >
      {label}
    </span>
  );
}
