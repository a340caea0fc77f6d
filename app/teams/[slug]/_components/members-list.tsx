import { assignableRoles, can, type TeamRole } from "@/lib/auth/permissions";
import { shortAddress } from "@/lib/wallet/short-address";
import { Identicon } from "@/app/_components/identicon";
import { RoleBadge } from "@/app/teams/_components/role-badge";
import { MemberControls } from "@/app/teams/[slug]/_components/member-controls";

type Member = { userId: string; role: string; name: string | null; address: string | null; publicKey: string | null };

/** Which controls a row gets follows the permission table (member.owner.manage for owners). The sole
 *  owner gets no role change on themselves: the server would refuse it (a team keeps an owner). */
function controlsFor(
  myRole: string,
  member: Member,
  me: string,
  soleOwner: boolean,
): { roles: TeamRole[]; canRemove: boolean } {
  const touchesOwner = member.role === "owner";
  const lastOwnerSelf = member.userId === me && touchesOwner && soleOwner;
  const mayManage =
    !lastOwnerSelf && can(myRole, "member.role.change") && (!touchesOwner || can(myRole, "member.owner.manage"));
  return {
    roles: mayManage ? assignableRoles(myRole) : [],
    canRemove:
      member.userId !== me && can(myRole, "member.remove") && (!touchesOwner || can(myRole, "member.owner.manage")),
  };
}

export function MembersList({
  teamId,
  myRole,
  me,
  members,
}: {
  teamId: string;
  myRole: string;
  me: string;
  members: Member[];
}) {
  const soleOwner = members.filter((m) => m.role === "owner").length === 1;
  return (
    <ul className="divide-y divide-stone-200" aria-label="Members">
      {members.map((m) => {
        const label = m.name ?? (m.address ? shortAddress(m.address) : "Unnamed account");
        const { roles, canRemove } = controlsFor(myRole, m, me, soleOwner);
        return (
          <li key={m.userId} className="flex flex-wrap items-center gap-3 py-3" data-testid="member-row">
            <Identicon accountId={m.publicKey ?? m.userId} size={32} />
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">
                {label}
                {m.userId === me && <span className="ml-2 text-xs font-normal text-stone-500">(you)</span>}
              </p>
              {m.address && (
                <p className="font-mono text-xs text-stone-500" title={m.address}>
                  {shortAddress(m.address, 6)}
                </p>
              )}
            </div>
            {roles.length > 0 || canRemove ? (
              <MemberControls
                teamId={teamId}
                userId={m.userId}
                role={m.role}
                label={label}
                roles={roles}
                canRemove={canRemove}
              />
            ) : (
              <RoleBadge role={m.role} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
