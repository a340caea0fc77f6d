// Runs once when the Next.js server starts: a bad environment stops it with a readable message.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
    (await import("@/lib/deployments/tracker/process-tracker")).startDeploymentTracker();
    (await import("@/lib/deployments/events/event-follower")).startEventFollower();
  }
}
