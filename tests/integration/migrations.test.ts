// The migrations in prisma/migrations must build exactly the database that schema.prisma
// describes. Several branches add migrations in parallel; a table redefinition written against an
// older schema would silently drop a column another migration added. This test catches that drift:
// it applies every migration to one fresh file, the schema's own SQL to another, and compares
// tables, columns and indexes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/setup/migrate-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "brickyard-migrations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type TShape = Record<string, { columns: string[]; indexes: string[] }>;

async function shapeOf(url: string): Promise<TShape> {
  const db = createClient({ url });
  const shape: TShape = {};
  const tables = await db.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%' ORDER BY name",
  );
  for (const row of tables.rows) {
    const name = String(row.name);
    // Virtual tables (full-text search) and their shadow tables are created by hand in migrations.
    const columns = await db.execute(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('${name}')`);
    const indexes = await db.execute(
      `SELECT name, "unique" FROM pragma_index_list('${name}') WHERE origin != 'pk' ORDER BY name`,
    );
    shape[name] = {
      columns: columns.rows.map((c) => [c.name, c.type, c.notnull, c.dflt_value, c.pk].join(" ")).sort(),
      indexes: indexes.rows.map((i) => `${i.name} ${i.unique}`),
    };
  }
  db.close();
  return shape;
}

describe("database migrations", () => {
  it("build the same tables, columns and indexes as prisma/schema.prisma", async () => {
    const migrated = `file:${path.join(dir, "migrated.db")}`;
    migrateDatabase(migrated);

    const fromSchema = `file:${path.join(dir, "schema.db")}`;
    const sql = execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules", "prisma", "build", "index.js"),
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: fromSchema, CHECKPOINT_DISABLE: "1" } },
    );
    const db = createClient({ url: fromSchema });
    await db.executeMultiple(sql);
    db.close();

    const expected = await shapeOf(fromSchema);
    const actual = await shapeOf(migrated);
    // Tables that exist only through hand-written SQL (e.g. FTS5 search) are not in the schema.
    for (const name of Object.keys(actual)) if (!(name in expected)) delete actual[name];
    expect(actual).toEqual(expected);
  }, 60_000);
});
