// The worker process that hosts QuickJS. The parent (pool.ts) sends one run at a time and kills this
// process if an answer does not come in time; nothing here trusts the function's code. The process
// exits when the parent goes away.
import { warmEngine } from "./engine";
import { executeRun } from "./execute";
import { DEFAULT_LIMITS } from "./limits";
import type { TChildMessage, TParentMessage } from "./protocol";

function send(message: TParentMessage): void {
  process.send?.(message);
}

process.on("disconnect", () => process.exit(0));

process.on("message", (message: TChildMessage) => {
  if (message.type !== "run") return;
  executeRun(message.request, { calledAt: message.calledAt }).then(
    (result) => send({ type: "result", id: message.id, result }),
    (error: unknown) =>
      send({
        type: "result",
        id: message.id,
        result: {
          ok: false,
          error: {
            code: "thrown",
            message: `the sandbox failed: ${error instanceof Error ? error.message : String(error)}`,
          },
          logs: [],
          http: [],
          bodies: [],
          durationMs: 0,
          now: message.request.replay?.now ?? 0,
          seed: message.request.replay?.seed ?? 0,
        },
      }),
  );
});

await warmEngine(DEFAULT_LIMITS.memoryBytes);
send({ type: "ready" });
