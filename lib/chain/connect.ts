// One way to open an @polkadot/api connection: bounded in time, with an error a person can act on.
import { ApiPromise, WsProvider } from "@polkadot/api";
import { AppError } from "@/lib/errors";
import { knownMetadata, rememberMetadata } from "./metadata-cache";

export type TConnectOptions = {
  /** How long the node has to answer (connect + metadata). Default 10 s. */
  timeoutMs?: number;
  /**
   * Default true: metadata this process already read for the same genesis hash and spec version is
   * reused, and what is read is remembered. False reads it live and keeps nothing (checking a node).
   */
  reuseMetadata?: boolean;
};

/**
 * Connects to a node and waits until the API is ready. Fails with AppError("CHAIN_UNAVAILABLE")
 * when nothing answers within the timeout, and then stops the provider: WsProvider otherwise keeps
 * retrying (and logging) forever in the background.
 */
export async function connectApi(
  wsUrl: string,
  { timeoutMs = 10_000, reuseMetadata = true }: TConnectOptions = {},
): Promise<ApiPromise> {
  if (!/^wss?:\/\//.test(wsUrl)) {
    throw new AppError("CHAIN_UNAVAILABLE", {
      userMessage: `The chain address "${wsUrl}" is not a ws:// or wss:// URL.`,
    });
  }
  // Retry every 1 s while we wait, so a node that is still starting is picked up quickly. The
  // timeout bounds only this first connection: later requests keep polkadot.js' own 60 s, since
  // a dry-run on a busy dev chain can legitimately take seconds.
  const provider = new WsProvider(wsUrl, 1_000);
  // Metadata read before in this process is reused (see metadata-cache.ts).
  const api = new ApiPromise({ provider, noInitWarn: true, metadata: reuseMetadata ? knownMetadata() : {} });
  let timer: NodeJS.Timeout | undefined;
  let lastError: unknown;
  const onError = (e: unknown) => (lastError = e);
  api.on("error", onError);
  try {
    await Promise.race([
      api.isReadyOrError,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      }),
    ]);
    if (reuseMetadata) rememberMetadata(api);
    return api;
  } catch (error) {
    await disconnectApi(api);
    const seconds = Math.round(timeoutMs / 100) / 10;
    throw new AppError("CHAIN_UNAVAILABLE", {
      userMessage: `The chain at ${wsUrl} did not answer within ${seconds} s. Check that the node is running and the address is right (for the local dev chain: npm run chain).`,
      cause: lastError ?? error,
    });
  } finally {
    clearTimeout(timer);
    api.off("error", onError);
  }
}

/** Closes the connection; safe to call twice, on a failed connection, or with nothing. */
export async function disconnectApi(api: ApiPromise | null | undefined): Promise<void> {
  if (!api) return;
  try {
    await api.disconnect();
  } catch {
    // Already closed or never connected: nothing left to release.
  }
}
