// `npm run chain`: the local dev chain on 127.0.0.1 (DEV_CHAIN_PORT, default 9944), from
// DEV_CHAIN_SPEC / ../shared/chain/pop-paseo.raw.json, or a fork of DEV_CHAIN_FORK_URL.
// Runs until Ctrl-C / SIGTERM. Exits 1 with a readable message when it cannot start.
import { startDevChain } from "@/lib/chain/dev-chain";
import { env } from "@/lib/env";

async function main() {
  const config = env();
  const chain = await startDevChain({
    port: config.DEV_CHAIN_PORT,
    host: "127.0.0.1",
    specPath: config.DEV_CHAIN_SPEC,
    forkUrl: config.DEV_CHAIN_FORK_URL,
    log: (line) => console.log(line),
  });
  console.log(`Dev chain ready at ${chain.wsUrl}`);
  console.log("Funded dev accounts (sr25519, public test keys):");
  for (const { uri, address } of chain.accounts) console.log(`  ${uri.padEnd(12)} ${address}`);
  console.log("Press Ctrl-C to stop.");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the dev chain …`);
    await chain.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(`\nThe dev chain could not start.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
