// "What you will need", said before anyone opens the form: a wallet, a team role, some tokens for the
// fee and the deposit, the user's own contract when the brick links to one, and where it can go.
import type { BrickPageData } from "@/lib/catalog/get-brick-page";

type Link = { explain: string; requiredMessages: string[] } | undefined;

export function WhatYouNeed({ latest, link }: { latest: BrickPageData["latest"]; link: Link }) {
  const where = latest.networkNames;
  return (
    <ul className="list-disc space-y-1.5 pl-5 text-sm text-stone-800" data-testid="what-you-need">
      <li>
        A Polkadot wallet in your browser (Polkadot.js, Talisman or SubWallet) to sign in and to sign the deployment.
        Brickyard never holds your key.
      </li>
      <li>
        To be the owner, admin or deployer of a team on Brickyard (everyone gets their own team at the first sign-in).
      </li>
      <li>
        A few tokens of the network you deploy to: a small fee, plus a deposit for the contract’s stored data that you
        get back if the contract is removed. The review shows both amounts before you sign.
      </li>
      {link && (
        <li>
          Your own contract, already deployed on that network
          {link.requiredMessages.length > 0 ? `, able to answer ${link.requiredMessages.join(" and ")}` : ""}. Brickyard
          checks this while you fill in the form.
        </li>
      )}
      <li>
        {where.length > 0 ? (
          <>
            It can be deployed on: <span className="font-medium">{where.join(", ")}</span>.
          </>
        ) : (
          <>Right now it cannot be deployed on any network (see why under “Audits and where the code comes from”).</>
        )}
      </li>
    </ul>
  );
}
