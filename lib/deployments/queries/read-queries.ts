// The instance's read-only views (manifest `queries`): each query message dry-run through the
// platform adapter as the person looking (so "your balance" is theirs), decoded with the brick's
// ABI, then formatted — token amounts with decimals and symbol (from the deploy answers, another
// query or a constant), addresses in the network's form. Nothing is signed or stored.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { TQuery, TValueRef } from "@/lib/bricks/manifest-schema";
import { platformAdapter } from "@/lib/chain/platforms";
import { contractCodec } from "../codec";
import { parseVersion } from "../load-deploy-target";
import { formatQueryValue, type TShownValue } from "./format-value";

export type TQueryValue = { id: string; label: string; description: string } & (
  { ok: true; shown: TShownValue } | { ok: false; error: string }
);

type TDeploymentLike = {
  address: string | null;
  linkedContract: string | null;
  config: string;
  network: { platform: string; ss58Prefix: number };
  brickVersion: { id: string; abi: string; manifest: string; wasm: Uint8Array };
};

export async function readQueries(api: ApiPromise, d: TDeploymentLike, viewer: string): Promise<TQueryValue[]> {
  const { manifest } = parseVersion(d.brickVersion);
  if (!d.address || manifest.queries.length === 0) return [];
  const codec = contractCodec(api, d.brickVersion);
  const platform = platformAdapter(d.network.platform);
  const raw = new Map<string, { ok: true; value: unknown } | { ok: false; error: string }>();
  await Promise.all(
    manifest.queries.map(async (q) => {
      try {
        const { data } = codec.encodeCall(
          { kind: "query", id: q.id },
          {},
          { signer: viewer, instance: d.address!, linked: d.linkedContract ?? undefined },
        );
        const dry = await platform.dryRunCall(api, { origin: viewer, dest: d.address!, inputData: data });
        if (!dry.ok) return raw.set(q.id, { ok: false, error: dry.error.message });
        if (dry.reverted)
          return raw.set(q.id, {
            ok: false,
            error: codec.explainRevert({ kind: "message", label: q.message }, dry.data),
          });
        raw.set(q.id, { ok: true, value: pickOf(codec.decodeResult(q.message, dry.data), q) });
      } catch (error) {
        raw.set(q.id, { ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }),
  );
  const config = JSON.parse(d.config) as Record<string, unknown>;
  const ref = (r: TValueRef | undefined): unknown => {
    if (!r) return undefined;
    if ("value" in r) return r.value;
    if ("config" in r) return config[r.config];
    const hit = raw.get(r.query);
    return hit?.ok ? hit.value : undefined;
  };
  return manifest.queries.map((q) => {
    const hit = raw.get(q.id)!;
    const base = { id: q.id, label: q.label, description: q.description };
    if (!hit.ok) return { ...base, ok: false as const, error: hit.error };
    // An amount whose decimals or symbol could not be read now would show a wrong number (1250 for
    // 12.5): say so instead of guessing.
    const failedRef = [q.decimals, q.symbol]
      .map((r) => (r && "query" in r ? r.query : null))
      .find((id) => id && !raw.get(id)?.ok);
    if (failedRef) {
      const why = raw.get(failedRef);
      return {
        ...base,
        ok: false as const,
        error: `Not shown: the ${failedRef} could not be read just now${why && !why.ok ? ` (${why.error})` : ""}.`,
      };
    }
    const shown = formatQueryValue(hit.value, q, {
      decimals: ref(q.decimals),
      symbol: ref(q.symbol),
      ss58Prefix: d.network.ss58Prefix,
      format: (a) => platform.formatAddress(a, d.network.ss58Prefix),
    });
    if (shown.kind === "address") shown.you = same(platform, shown.address, viewer);
    return { ...base, ok: true as const, shown };
  });
}

function pickOf(v: unknown, q: TQuery): unknown {
  return q.pick !== undefined && Array.isArray(v) ? v[q.pick] : v;
}

function same(platform: { sameAddress(a: string, b: string): boolean }, a: string, b: string): boolean {
  try {
    return platform.sameAddress(a, b);
  } catch {
    return false;
  }
}
