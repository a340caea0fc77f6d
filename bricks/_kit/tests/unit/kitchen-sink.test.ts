// Everything the code generator maps (strings, bytes, options, enums, tuple mapping keys, payable,
// fallible constructors, raw messages, hashed event topics, cross-contract calls) compiled and run
// on the mock host, with inputs and outputs going through api-contract's Abi.
import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import { Abi } from "@polkadot/api-contract";
import { compactStripLength, u8aConcat, u8aToHex } from "@polkadot/util";
import { blake2AsU8a } from "@polkadot/util-crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildContract } from "../../metadata/build";
import { selectorHex } from "../../metadata/hash";
import { account, MockContract } from "../support/mock-host";

let abi: Abi;
let wasm: Uint8Array;
let out: string;
const alice = account(1);

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "kitchen-sink-"));
  const r = await buildContract(path.resolve(import.meta.dirname, "../fixtures/kitchen-sink"), { outDir: out });
  abi = new Abi(r.bundle);
  wasm = r.wasm;
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

const input = (u8a: Uint8Array) => compactStripLength(u8a)[1];
function deployed(): MockContract {
  const c = new MockContract(wasm);
  expect(c.deploy(input(abi.findConstructor("new").toU8a(["hello"])), { caller: alice }).flags).toBe(0);
  return c;
}
function call(c: MockContract, label: string, args: unknown[] = [], value = 0n) {
  const m = abi.findMessage(label);
  const r = c.call(input(m.toU8a(args)), { caller: alice, value });
  expect(r.trap, label).toBeUndefined();
  const decoded = abi.registry
    .createType(abi.registry.createLookupType(m.returnType!.lookupIndex!), r.data)
    .toPrimitive();
  return { ...r, out: decoded as { ok?: unknown; err?: unknown } };
}

it("fallible constructor: Ok(Ok(())) or Ok(Err(Refused)) with the revert flag", () => {
  const c = new MockContract(wasm);
  const refused = c.deploy(input(abi.findConstructor("try_new").toU8a([true])));
  expect([refused.flags, u8aToHex(refused.data)]).toEqual([1, "0x000100"]);
  const ok = c.deploy(input(abi.findConstructor("try_new").toU8a([false])));
  expect([ok.flags, u8aToHex(ok.data)]).toEqual([0, "0x0000"]);
  expect(call(c, "note").out).toEqual({ ok: "fallible" });
});

it("payable message receives value; others refuse it", () => {
  const c = deployed();
  expect(call(c, "deposit", [], 1234n).out).toEqual({ ok: 1234 });
  expect(c.call(input(abi.findMessage("note").toU8a([])), { value: 1n }).trap).toMatch(/unreachable/);
});

it("strings, tuple-keyed mappings, Option<String> and a hashed String topic", () => {
  const c = deployed();
  expect(call(c, "note").out).toEqual({ ok: "hello" });
  const text = "a tag long enough to need hashing: ✓";
  const r = call(c, "set_tag", [7, text]);
  expect(r.out).toEqual({ ok: { ok: null } });
  const enc = abi.registry.createType("Text", text).toU8a();
  expect(r.events[0].topics).toEqual([blake2AsU8a("Tagged(AccountId,String,u32)", 256), alice, blake2AsU8a(enc, 256)]);
  expect(r.events[0].data).toEqual(u8aConcat(alice, enc, Uint8Array.of(7, 0, 0, 0)));
  expect(call(c, "tag", [alice, 7]).out).toEqual({ ok: text });
  expect(call(c, "tag", [alice, 8]).out).toEqual({ ok: null });
  expect(call(c, "set_tag", [1, ""]).out).toEqual({ ok: { err: "Empty" } });
});

it("Vec<u8>, Result<Vec<u8>, Error>, Option<u128>, enums, raw replies", () => {
  const c = deployed();
  expect(call(c, "blob").out).toEqual({ ok: { err: "Empty" } });
  call(c, "set_blob", ["0x010203"]);
  expect(call(c, "blob").out).toEqual({ ok: { ok: "0x010203" } });
  expect(call(c, "maybe").out).toEqual({ ok: null });
  call(c, "set_maybe", [10n ** 30n]);
  expect(call(c, "maybe").out).toEqual({ ok: (10n ** 30n).toString() });
  call(c, "set_maybe", [null]);
  expect(call(c, "maybe").out).toEqual({ ok: null });
  expect(call(c, "bigger", ["Small"]).out).toEqual({ ok: "Medium" });
  expect(call(c, "bigger", ["Large"]).out).toEqual({ ok: "Large" });
  expect(call(c, "pair").out).toEqual({ ok: [7, true] });
  // An enum index out of range is unreadable input.
  const bad = c.call(Uint8Array.from([...input(abi.findMessage("bigger").toU8a(["Small"])).slice(0, 4), 9]));
  expect(u8aToHex(bad.data)).toBe("0x0101");
});

it("cross-contract call: selector ++ args out, MessageResult decoded, failures → None", () => {
  const c = deployed();
  const callee = account(0x42);
  const seen: string[] = [];
  c.onCall = (to, data) => {
    seen.push(`${u8aToHex(to)} ${u8aToHex(data)}`);
    return { code: 0, output: u8aConcat([0], abi.registry.createType("u128", 99n).toU8a()) };
  };
  expect(call(c, "ask", [callee]).out).toEqual({ ok: 99 });
  expect(seen).toEqual([`${u8aToHex(callee)} ${selectorHex("answer")}`]);
  c.onCall = () => ({ code: 2, output: Uint8Array.of(1, 1) }); // reverted (LangError)
  expect(call(c, "ask", [callee]).out).toEqual({ ok: null });
  c.onCall = () => ({ code: 8 }); // not a contract
  expect(call(c, "ask", [callee]).out).toEqual({ ok: null });
});
