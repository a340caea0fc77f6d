"use server";
// The networks page's server actions: each one calls a lib/networks service (which checks the
// platform admin role in its own query) and hands back a plain result for the form.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { addNetwork } from "@/lib/networks/add-network";
import { confirmGenesisChange } from "@/lib/networks/confirm-genesis-change";
import { deleteNetwork } from "@/lib/networks/delete-network";
import { editNetwork } from "@/lib/networks/edit-network";
import { recheckNetwork } from "@/lib/networks/recheck-network";
import { setNetworkEnabled } from "@/lib/networks/set-network-enabled";
import { runAction } from "@/lib/actions/run-action";

const done = <T>(value: T) => {
  revalidatePath("/admin/networks");
  return value;
};

export async function addNetworkAction(input: unknown) {
  return runAction(async () => {
    const { network, notes } = await addNetwork({ actorId: (await requireUser()).id, input });
    return done({
      slug: network.slug,
      message: `${network.name} added: ${network.chainName}, ${network.specName} v${network.specVersion}, token ${network.tokenSymbol}.`,
      notes,
    });
  });
}

export async function editNetworkAction(slug: string, input: unknown) {
  return runAction(async () => done((await editNetwork({ actorId: (await requireUser()).id, slug, input })).slug));
}

export async function networkCommandAction(
  slug: string,
  command: "recheck" | "disable" | "enable" | "confirm" | "delete",
) {
  return runAction(async () => {
    const actorId = (await requireUser()).id;
    if (command === "recheck") {
      const r = await recheckNetwork({ actorId, slug });
      return done(
        r.genesisChanged
          ? "Checked: the chain at this URL has another genesis hash now. Deploys wait until you confirm."
          : "Checked: the chain answers as before.",
      );
    }
    if (command === "confirm")
      return done((await confirmGenesisChange({ actorId, slug }), "New genesis confirmed: deploys are allowed again."));
    if (command === "delete") return done((await deleteNetwork({ actorId, slug }), "Deleted."));
    await setNetworkEnabled({ actorId, slug, enabled: command === "enable" });
    return done(command === "enable" ? "Enabled." : "Disabled: nothing new deploys there; its instances stay visible.");
  });
}
