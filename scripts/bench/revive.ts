// npm run bench:revive — the deploy path on pallet-revive (fresh revive dev chain + database under
// .tmp/bench-revive): submit → verified instance through Brickyard vs. a bare @polkadot/api
// revive.instantiate of the same code in the same run (alternating, code already stored), dry-run
// p50 (review and bare ReviveApi.instantiate), and code sizes (Solidity fixture vs ink! v6 erc20).
// The database URL is set before any lib/ module loads it.
export {};

process.env.DATABASE_URL = "file:./.tmp/bench-revive/revive.db";
process.env.NEXTAUTH_SECRET ??= "bench-revive-secret-0123456789abcdef";

const { runReviveBench } = await import("./revive-run.ts");
await runReviveBench().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
