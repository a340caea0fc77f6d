// The edge checks every route and server action goes through (lib/http): size cut off while
// reading, depth counted before JSON.parse, well-formed Unicode, safe path segments.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { acceptInput } from "@/lib/http/accept-input";
import { isDecodablePath, tryDecodeSegment } from "@/lib/http/decode-segment";
import { inspectValue } from "@/lib/http/inspect-value";
import { jsonTooDeep } from "@/lib/http/json-depth";
import { readJsonBody } from "@/lib/http/read-json-body";
import { edgeParse, edgeText, edgeTexts, zText } from "@/lib/http/zod-edge";
import { toAppError } from "@/lib/errors";

const LIMITS = { maxDepth: 64, maxNodes: 1000, maxChars: 10_000 };
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) =>
      e instanceof AppError ? { code: e.code, status: e.status, message: e.userMessage, fields: e.fields } : e,
  );

describe("JSON depth before parsing", () => {
  it("counts brackets outside strings only", () => {
    expect(jsonTooDeep("[[[1]]]", 3)).toBe(false);
    expect(jsonTooDeep("[[[[1]]]]", 3)).toBe(true);
    expect(jsonTooDeep('["[[[[[[", "\\"[[[["]', 1)).toBe(false);
    expect(jsonTooDeep("[".repeat(100_000) + "]".repeat(100_000), 64)).toBe(true);
  });
});

describe("value inspection", () => {
  it("finds a lone surrogate anywhere, naming its path", () => {
    expect(inspectValue({ name: "a\ud800" }, LIMITS)).toEqual({ kind: "unicode", path: "name" });
    expect(inspectValue({ a: [{ b: "\udfff" }] }, LIMITS)).toEqual({ kind: "unicode", path: "a.0.b" });
    expect(inspectValue({ ["k\ud800"]: 1 }, LIMITS)).toMatchObject({ kind: "unicode" });
    expect(inspectValue({ ok: "emoji 🧱 and é" }, LIMITS)).toBeNull();
  });

  it("stops at the depth limit without recursion, even on 100,000 levels", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(inspectValue(deep, LIMITS)).toMatchObject({ kind: "depth" });
  });

  it("bounds size and survives cycles", () => {
    expect(
      inspectValue(
        Array.from({ length: 2000 }, () => 1),
        LIMITS,
      ),
    ).toMatchObject({ kind: "size" });
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(inspectValue(cyclic, LIMITS)).toBeNull();
  });

  it("is what server actions and zod edges use", () => {
    expect(() => acceptInput({ name: "x\ud800" })).toThrow(/broken text/);
    expect(() => edgeParse(z.object({ n: z.string() }), { n: "\ud800" })).toThrow(AppError);
    expect(zText().safeParse("a\ud800").success).toBe(false);
    expect(zText().safeParse("fine").success).toBe(true);
  });
});

describe("readJsonBody", () => {
  it("refuses by Content-Length before reading", async () => {
    const req = post("{}", { "content-length": String(30 * 1024 * 1024) });
    expect(await refusal(readJsonBody(req, { maxBytes: 1024 }))).toMatchObject({ code: "TOO_LARGE", status: 413 });
  });

  it("stops reading a streamed 20 MB body just past the limit", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 20 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    expect(await refusal(readJsonBody(post(stream), { maxBytes: 2048 }))).toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(512 * 1024);
  });

  it("answers 4xx with a plain message for broken JSON, bad UTF-8, depth and lone surrogates", async () => {
    expect(await refusal(readJsonBody(post("{nope")))).toMatchObject({
      status: 400,
      message: "The request body is not valid JSON.",
    });
    expect(await refusal(readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d]))))).toMatchObject({ status: 400 });
    expect(await refusal(readJsonBody(post("[".repeat(100_000) + "]".repeat(100_000))))).toMatchObject({ status: 422 });
    expect(await refusal(readJsonBody(post('{"name":"a\\ud800"}')))).toMatchObject({
      status: 422,
      fields: { name: [expect.stringMatching(/Unicode/)] },
    });
    expect(await readJsonBody(post('{"name":"a\\ud83e\\uddf1"}'))).toEqual({ name: "a🧱" });
    expect(await readJsonBody(post(""))).toBeUndefined();
  });
});

describe("path segments", () => {
  it("decodes once and never throws", () => {
    expect(tryDecodeSegment("erc20")).toBe("erc20");
    expect(tryDecodeSegment("caf%C3%A9")).toBe("café");
    expect(tryDecodeSegment("%E0%A4%A")).toBeNull();
    expect(tryDecodeSegment("100%")).toBeNull();
    expect(tryDecodeSegment("%ED%A0%80")).toBeNull(); // an encoded lone surrogate
    expect(isDecodablePath("/bricks/%E0%A4%A")).toBe(false);
    expect(isDecodablePath("/bricks/caf%C3%A9")).toBe(true);
  });
});

describe("text fields of an action's input", () => {
  // The fuzz suite found String(value) throwing a TypeError (a 500) for an object whose toString is
  // not a function; text fields are checked, never coerced.
  it("refuses a non-string in words instead of coercing it", () => {
    const hostile = { auditId: { toString: 1, valueOf: 1 } };
    expect(() => String(hostile.auditId)).toThrow(TypeError);
    let caught: unknown;
    try {
      edgeTexts(hostile, ["auditId"]);
    } catch (error) {
      caught = error;
    }
    expect(toAppError(caught)).toMatchObject({ code: "BAD_INPUT", fields: { auditId: [expect.any(String)] } });
    expect(() => edgeText(["x"])).toThrow();
    expect(() => edgeTexts({ slug: "" }, ["slug"])).toThrow();
  });

  it("returns exactly the named strings", () => {
    expect(edgeTexts({ slug: "token", version: "1.0.0", extra: 1 }, ["slug", "version"])).toEqual({
      slug: "token",
      version: "1.0.0",
    });
    expect(edgeText("abc")).toBe("abc");
  });
});
