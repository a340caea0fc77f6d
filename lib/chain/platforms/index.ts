// Picks the platform adapter for a network or a brick version (their `platform` column).
import "server-only";
import type { TContractPlatform } from "@/lib/networks/platform";
import { contractsAdapter } from "./contracts";
import { reviveAdapter } from "./revive";
import type { TPlatformAdapter } from "./types";

export type { TPlatformAdapter, TAccountMapping, TCodeRef, TInstantiateArgs } from "./types";

export function platformAdapter(platform: TContractPlatform | string | null | undefined): TPlatformAdapter {
  return platform === "revive" ? reviveAdapter : contractsAdapter;
}
