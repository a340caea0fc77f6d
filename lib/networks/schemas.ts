// What admins send to add or edit a network, parsed by zod at every edge (form, REST API).
import { z } from "zod";

const template = (placeholder: "{address}" | "{hash}") =>
  z
    .string()
    .trim()
    .max(300)
    .refine((s) => s === "" || /^https?:\/\/\S+$/.test(s), "Enter an http(s):// link, or leave it empty.")
    .refine((s) => s === "" || s.includes(placeholder), `The link must contain ${placeholder} where the value goes.`)
    .transform((s) => (s === "" ? null : s));

const optionalUrl = z
  .string()
  .trim()
  .max(300)
  .refine((s) => s === "" || /^https?:\/\/\S+$/.test(s), "Enter an http(s):// link, or leave it empty.")
  .transform((s) => (s === "" ? null : s));

export const ZNetworkSlug = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(40, "Keep it under 40 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single dashes (e.g. my-testnet).");

const settings = {
  name: z
    .string()
    .trim()
    .min(2, "Give the network a name of at least 2 characters.")
    .max(60, "Keep the name under 60 characters."),
  protected: z.boolean(),
  isDevChain: z.boolean(),
  explorerAccountUrl: template("{address}"),
  explorerTxUrl: template("{hash}"),
  explorerBlockUrl: template("{hash}"),
  faucetUrl: optionalUrl,
};

export const ZNetworkSettings = z.strictObject({
  ...settings,
  protected: settings.protected.default(false),
  isDevChain: settings.isDevChain.default(false),
  explorerAccountUrl: settings.explorerAccountUrl.default(null),
  explorerTxUrl: settings.explorerTxUrl.default(null),
  explorerBlockUrl: settings.explorerBlockUrl.default(null),
  faucetUrl: settings.faucetUrl.default(null),
});

export const ZAddNetwork = ZNetworkSettings.extend({
  slug: ZNetworkSlug,
  rpcUrl: z
    .string()
    .trim()
    .max(300)
    .regex(/^wss?:\/\/[^\s/]+\S*$/, "Enter the node's WebSocket RPC address: it starts with ws:// or wss://."),
});
export type TAddNetwork = z.input<typeof ZAddNetwork>;

/** Only the fields sent change; nothing has a default here. */
export const ZEditNetwork = z.strictObject(settings).partial();
export type TEditNetwork = z.input<typeof ZEditNetwork>;
