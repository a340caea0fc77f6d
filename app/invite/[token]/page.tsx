import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_HELP, ROLE_LABELS, isTeamRole } from "@/lib/auth/permissions";
import { getSession } from "@/lib/auth/session";
import { getInvite } from "@/lib/teams/get-invite";
import { shortAddress } from "@/lib/wallet/short-address";
import { Identicon } from "@/app/_components/identicon";
import { AcceptButton } from "@/app/invite/[token]/accept-button";
import { ButtonLink, Card } from "@/app/_components/ui";

export const dynamic = "force-dynamic";
// The token is in the URL: keep it out of Referer headers sent to other sites.
export const metadata: Metadata = { title: "Team invite", referrer: "no-referrer" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = await getSession();
  const invite = await getInvite({ token, actorId: session?.user.id });
  if (!invite) {
    return (
      <Card as="div" className="mx-auto max-w-lg text-center">
        <h1 className="text-xl font-semibold">This invite link is not valid</h1>
        <p className="mt-2 text-stone-600">
          Check that you copied the whole link, or ask the person who invited you for a new one.
        </p>
      </Card>
    );
  }
  const role = isTeamRole(invite.role) ? invite.role : "viewer";
  const inviter = invite.inviter.name ?? (invite.inviter.address ? shortAddress(invite.inviter.address) : "A member");

  return (
    <Card as="div" className="mx-auto max-w-lg space-y-4">
      <p className="text-sm font-medium uppercase tracking-wide text-brand-600">Team invite</p>
      <div className="flex items-center gap-3">
        {invite.inviter.publicKey && <Identicon accountId={invite.inviter.publicKey} size={40} />}
        <h1 className="text-xl font-semibold">
          {inviter} invites you to join <span className="text-brand-700">{invite.team.name}</span> as{" "}
          {ROLE_LABELS[role].toLowerCase()}
        </h1>
      </div>
      {invite.inviter.address && (
        <p className="font-mono text-xs text-stone-500">Invited by {invite.inviter.address}</p>
      )}
      <p className="text-sm text-stone-600">
        {ROLE_LABELS[role]}: {ROLE_HELP[role]} The team has{" "}
        {invite.team._count.members === 1 ? "1 member" : `${invite.team._count.members} members`}.
      </p>
      {invite.status === "used" && (
        <p role="alert" className="text-red-700">
          This invite was already used. Ask {inviter} for a new one.
        </p>
      )}
      {invite.status === "expired" && (
        <p role="alert" className="text-red-700">
          This invite expired on {whenUtc(invite.expiresAt)}. Ask {inviter} for a new one.
        </p>
      )}
      {invite.status === "open" && invite.alreadyMember && (
        <p className="text-stone-700">
          You are already a member of this team.{" "}
          <Link href={`/teams/${invite.team.slug}`} className="font-medium text-brand-600 underline">
            Open the team
          </Link>
        </p>
      )}
      {invite.status === "open" && !invite.alreadyMember && session && (
        <AcceptButton token={token} teamName={invite.team.name} />
      )}
      {invite.status === "open" && !session && (
        <div className="space-y-2">
          <p className="text-sm text-stone-600">Sign in with your wallet first; you come back here to accept.</p>
          <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>
            Sign in to accept
          </ButtonLink>
        </div>
      )}
      {invite.status === "open" && (
        <p className="text-xs text-stone-500">The link works once and expires {whenUtc(invite.expiresAt)}.</p>
      )}
    </Card>
  );
}

/** "6 Dec 2026, 22:19 UTC": the way the team history writes times, not the HTTP date format. */
function whenUtc(d: Date): string {
  const text = d.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  });
  return `${text} UTC`;
}
