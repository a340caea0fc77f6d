// lib/sqlite/wal-adapter.ts keeps a Prisma transaction on the client's own connection (no fresh
// connection per transaction). What must still hold: commit and rollback, a failed statement or
// COMMIT leaves no transaction open on that connection, and a query from outside a transaction waits
// for it to end instead of seeing its uncommitted rows.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db";

let dir: string;
let db: PrismaClient;

const count = async (client = db) =>
  Number((await client.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM t`))[0].n);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "brickyard-tx-"));
  db = createPrismaClient(`file:${path.join(dir, "db.sqlite")}`);
  await db.$executeRawUnsafe(`CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)`);
});

afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("SQLite transactions on the client's own connection", () => {
  it("commits, rolls back on a thrown error, and rolls back a failed statement", async () => {
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('a')`);
    });
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('b')`);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    // The unique key refuses the second 'a': the batch's first insert is rolled back with it.
    await expect(
      db.$transaction([
        db.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('c')`),
        db.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('a')`),
      ]),
    ).rejects.toThrow();
    expect(await count()).toBe(1);
    // The connection is not left inside a transaction: a plain write after all that is committed.
    await db.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('d')`);
    const other = createPrismaClient(`file:${path.join(dir, "db.sqlite")}`);
    expect(await count(other)).toBe(2);
    await other.$disconnect();
  });

  it("keeps one connection: a TEMP table (per connection) made before a transaction is still there after it", async () => {
    await db.$executeRawUnsafe(`CREATE TEMP TABLE mine (x INTEGER)`);
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('g')`);
    });
    await db.$transaction([db.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('h')`)]);
    await expect(db.$executeRawUnsafe(`INSERT INTO mine (x) VALUES (1)`)).resolves.toBe(1);
  });

  it("makes a query from outside wait for an open transaction instead of reading its uncommitted rows", async () => {
    const before = await count();
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const tx = db.$transaction(async (t) => {
      await t.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('e')`);
      inserted();
      await new Promise((r) => setTimeout(r, 100));
      await t.$executeRawUnsafe(`INSERT INTO t (v) VALUES ('f')`);
    });
    await insertedYet;
    // Asked while the transaction is open: answered after its commit, with both rows.
    const outside = await count();
    await tx;
    expect(outside).toBe(before + 2);
  });
});
