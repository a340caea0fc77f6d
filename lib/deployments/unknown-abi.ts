// Calls on the user's own contract, whose ABI Brickyard does not know: ink!'s conventions stand in
// for it. The selector is the first 4 bytes of blake2-256 of the message name; arguments are SCALE
// encoded from what their source means (accounts as AccountId, yes/no as bool, amounts and whole
// numbers as u128, text as String). Results are compared as bytes.
import "server-only";
import type { Registry } from "@polkadot/types/types";
import { hexToU8a, stringToU8a, u8aConcat, u8aEq, u8aToHex } from "@polkadot/util";
import { blake2AsU8a, isAddress } from "@polkadot/util-crypto";
import type { TArgSource } from "@/lib/bricks/manifest-schema";
import type { JsonSchema } from "@/lib/bricks/json-schema";

export function inkSelector(label: string): Uint8Array {
  return blake2AsU8a(stringToU8a(label), 256).subarray(0, 4);
}

function typeFor(source: TArgSource, value: unknown, config: JsonSchema): string {
  if (source.kind === "signer" || source.kind === "instance" || source.kind === "linked") return "AccountId";
  const schema = source.kind === "field" ? config.properties?.[source.field] : undefined;
  if (schema?.format === "ss58-address" || schema?.format === "contract-address") return "AccountId";
  if (schema?.type === "boolean" || typeof value === "boolean") return "bool";
  if (schema?.type === "integer" || schema?.format === "token-amount" || schema?.format === "duration") return "u128";
  if (typeof value === "number" || (typeof value === "string" && /^\d+$/.test(value) && !schema)) return "u128";
  if (typeof value === "string" && isAddress(value)) return "AccountId";
  return "Text";
}

/** SCALE bytes of one argument whose ABI type is unknown. */
export function encodeUnknownArg(
  registry: Registry,
  source: TArgSource,
  value: unknown,
  config: JsonSchema,
): Uint8Array {
  return registry.createType(typeFor(source, value, config), value).toU8a();
}

/** selector ++ the arguments, in the manifest's order. */
export function unknownCallData(
  registry: Registry,
  label: string,
  args: { source: TArgSource; value: unknown }[],
  config: JsonSchema,
): Uint8Array {
  return u8aConcat(inkSelector(label), ...args.map((a) => encodeUnknownArg(registry, a.source, a.value, config)));
}

/** Does an ink! reply (MessageResult) carry `expected`, plain, as Some(…) or as Ok(…)? */
export function replyCarries(reply: string, expected: Uint8Array): boolean {
  const bytes = hexToU8a(reply);
  return [u8aConcat([0], expected), u8aConcat([0, 1], expected), u8aConcat([0, 0], expected)].some((form) =>
    u8aEq(form, bytes),
  );
}

export { u8aToHex };
