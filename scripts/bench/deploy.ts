// npm run bench:deploy — the deploy flow on a fresh dev chain and database (.tmp/bench-deploy):
// dry-run (review) latency; submit → verified instance through Brickyard vs. a bare
// @polkadot/api-contract deploy of the same contract; 20 concurrent deploys from 20 accounts;
// the deploy page's first-load JS+CSS. The database URL is set before any lib/ module loads it.
export {};

process.env.DATABASE_URL = "file:./.tmp/bench-deploy/deploy.db";
process.env.NEXTAUTH_SECRET ??= "bench-deploy-secret-0123456789abcdef";

const { runDeployBench } = await import("./deploy-run.ts");
await runDeployBench().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
