import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("gives the embedded defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/dev.db");
    expect(env.PORT).toBe(3000);
    expect(env.DEV_CHAIN_PORT).toBe(9944);
    expect(env.CHAIN_RPC_URL).toBeUndefined();
    expect(env.ADMIN_ADDRESSES).toEqual([]);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: "  " }).PORT).toBe(3000);
  });

  it("accepts libsql URLs and splits admin addresses", () => {
    const env = parseEnv({ DATABASE_URL: "libsql://db.example.turso.io", ADMIN_ADDRESSES: "5Grw, 5FHn 5Fx" });
    expect(env.DATABASE_URL).toBe("libsql://db.example.turso.io");
    expect(env.ADMIN_ADDRESSES).toEqual(["5Grw", "5FHn", "5Fx"]);
  });

  it("fails with a message naming the variable and what to put there", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgres://x" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "postgres://x" })).toThrow(
      /DATABASE_URL: DATABASE_URL must start with "file:"/,
    );
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT: PORT must be between 1 and 65535/);
    expect(() => parseEnv({ CHAIN_RPC_URL: "http://node" })).toThrow(/CHAIN_RPC_URL must be a ws:\/\/ or wss:\/\/ URL/);
  });
});
