// Waits for a deployment to reach a state, woken by the tracker's progress bus (same process), so
// the measured time is when Brickyard knew, not when a poll happened to look.
import { db } from "@/lib/db";
import { onProgress } from "@/lib/deployments/progress-bus";

type Row = { status: string; codeHashVerified: boolean | null; address: string | null };

export function whenDeployment(id: string, done: (d: Row) => boolean, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      off();
      clearTimeout(timer);
      fn();
    };
    const check = async () => {
      const d = await db.deployment.findUnique({
        where: { id },
        select: { status: true, codeHashVerified: true, address: true },
      });
      if (d && done(d)) {
        const at = performance.now();
        finish(() => resolve(at));
      } else if (d?.status === "failed") finish(() => reject(new Error(`deployment ${id} failed`)));
    };
    const off = onProgress(id, () => void check());
    const timer = setTimeout(
      () => finish(() => reject(new Error(`deployment ${id} not done after ${timeoutMs} ms`))),
      timeoutMs,
    );
  });
}

export const verifiedInstance = (d: Row) =>
  (d.status === "in_block" || d.status === "finalized") && d.codeHashVerified !== null && d.address !== null;
export const finalized = (d: Row) => d.status === "finalized";
