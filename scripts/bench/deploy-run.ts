// The deploy benchmark itself (see deploy.ts for how it is started), printing one line per figure
// with its target.
import { fmtKb, fmtMs, verdict } from "@/lib/bench/stats";
import { closeChainApis } from "@/lib/chain/api-pool";
import { disconnectApi } from "@/lib/chain/connect";
import { db } from "@/lib/db";
import { getDeploymentTracker } from "@/lib/deployments/tracker/process-tracker";
import { compareSubmitLatency, measureDryRuns } from "./deploy-latency";
import { concurrentDeploys } from "./deploy-concurrency";
import { deployPageFirstLoad } from "./deploy-first-load";
import { setupWorld } from "./deploy-setup";

const DRY_RUNS = 40;
const LATENCY_RUNS = 10;

export async function runDeployBench() {
  let t = performance.now();
  const { chain, api, users } = await setupWorld();
  const tracker = getDeploymentTracker().start();
  console.log(
    `Dev chain ${chain.wsUrl}, ${users.length} funded bench accounts, bricks published (${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );
  try {
    const dry = await measureDryRuns(api, users[0], DRY_RUNS);
    const lat = await compareSubmitLatency(api, users[1], users[2], LATENCY_RUNS);
    const conc = await concurrentDeploys(api, users);
    t = performance.now();
    const fl = process.env.BENCH_SKIP_BUILD ? null : await deployPageFirstLoad(users[0], chain.wsUrl);

    const ratio = lat.ours.verified.p50 / lat.bare.verified.p50;
    const ratioFinal = lat.ours.final.p50 / lat.bare.final.p50;
    console.log(`\nDeploy benchmark (dev chain, ~1.1 s per block)`);
    console.log(
      `  review (dry-run + fee + summary)   p50 ${fmtMs(dry.review.p50)}  p95 ${fmtMs(dry.review.p95)}  (${DRY_RUNS} runs)`,
    );
    console.log(
      `  dry-run alone (encode + instantiate dry-run)  p50 ${fmtMs(dry.plain.p50)}  p95 ${fmtMs(dry.plain.p95)}`,
    );
    console.log(`  submit → verified instance (in block, address, code hash checked), ${LATENCY_RUNS} runs each:`);
    console.log(`    Brickyard   p50 ${fmtMs(lat.ours.verified.p50)}  p95 ${fmtMs(lat.ours.verified.p95)}`);
    console.log(`    bare api-contract  p50 ${fmtMs(lat.bare.verified.p50)}  p95 ${fmtMs(lat.bare.verified.p95)}`);
    console.log(`    ratio (p50)  ${ratio.toFixed(2)}×  ${verdict(Number(ratio.toFixed(2)), 1.2)}`);
    console.log(
      `  submit → finalized: Brickyard p50 ${fmtMs(lat.ours.final.p50)}, bare p50 ${fmtMs(lat.bare.final.p50)} (${ratioFinal.toFixed(2)}×)`,
    );
    console.log(
      `  ${conc.count} concurrent deploys (each request sent twice): ${conc.rows} deployments, ${conc.failures} failures, ${conc.duplicates} duplicates, ${conc.distinctAddresses} addresses, ${conc.onChain} instances on chain`,
    );
    console.log(
      `    prepare (40 requests at once: dry-run, fee, payload) ${fmtMs(conc.prepareWall)}; submit → all finalized ${fmtMs(conc.wall)}; each: p50 ${fmtMs(conc.p50)}  p95 ${fmtMs(conc.p95)}  ${conc.failures === 0 && conc.duplicates === 0 && conc.onChain === conc.count ? "OK" : "FAILED"}`,
    );
    if (fl) {
      console.log(
        `  first-load JS+CSS of /bricks/<slug>/deploy  ${fmtKb(fl.page.total)} raw, ${fmtKb(fl.page.totalGz)} gzip (${fl.page.files} files; JS ${fmtKb(fl.page.jsGz)} gz, CSS ${fmtKb(fl.page.cssGz)} gz)  ${verdict(Number((fl.page.totalGz / 1024).toFixed(1)), 373)}`,
      );
      console.log(
        `    floor every page pays (404 page): ${fmtKb(fl.floor.totalGz)} gzip; the deploy page's own code: ${fmtKb(fl.page.totalGz - fl.floor.totalGz)} gzip (measured in ${((performance.now() - t) / 1000).toFixed(0)} s incl. build)`,
      );
    } else console.log("  first-load: skipped (BENCH_SKIP_BUILD)");
  } finally {
    await tracker.stop();
    await closeChainApis();
    await disconnectApi(api);
    await db.$disconnect();
    await chain.close();
  }
}
