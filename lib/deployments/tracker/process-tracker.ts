// The tracker of this server process: one per process, shared by instrumentation.ts (which starts
// it) and the app's module graphs (server actions hand it what they submit), hence globalThis.
import "server-only";
import { DeploymentTracker } from "./deployment-tracker";

const g = globalThis as unknown as { brickyardDeploymentTracker?: DeploymentTracker };

/** The process-wide tracker (shared by instrumentation and the app's module graphs). */
export function getDeploymentTracker(): DeploymentTracker {
  return (g.brickyardDeploymentTracker ??= new DeploymentTracker());
}

/** For instrumentation.ts: start tracking once the server starts. */
export function startDeploymentTracker(): DeploymentTracker | null {
  if (process.env.NEXT_PHASE === "phase-production-build") return null; // nothing to track while building
  return getDeploymentTracker().start();
}
