"use client";
// One click on a dev chain: the instance page's "fund its account" action, from the team dashboard.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/ui";
import { fundAction } from "@/app/function-instances/[id]/actions";

export function FundAccountButton({ instanceId, name }: { instanceId: string; name: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message?: string; failed?: boolean }>({ busy: false });
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        disabled={state.busy}
        aria-label={`Fund the account of ${name} (dev chain)`}
        onClick={async () => {
          setState({ busy: true, message: "Sending test tokens…" });
          const result = await fundAction({ instanceId });
          setState(
            result.ok
              ? { busy: false, message: result.data.message }
              : { busy: false, message: result.message, failed: true },
          );
          if (result.ok) router.refresh();
        }}
      >
        Fund it (dev chain)
      </Button>
      {state.message && (
        <p
          role={state.failed ? "alert" : "status"}
          className={`text-xs ${state.failed ? "text-red-700" : "text-stone-700"}`}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
