// "Did anything write?" in O(1) per input: AFTER INSERT / UPDATE / DELETE triggers on every table
// bump one counter row. Triggers live in the database file, so they see writes from every
// connection (@libsql/client opens a new one after each transaction) and every process; counting
// rows per table instead cost a scan of every table twice per input and made 10,000 inputs take
// over 15 minutes. Only the fuzz suite installs them, and it removes them when it is done.
import { db } from "@/lib/db";

const COUNTER = "_fuzz_writes";
const OPS = ["INSERT", "UPDATE", "DELETE"] as const;

export type TWriteCounter = { read: () => Promise<number>; remove: () => Promise<void>; tables: string[] };

/**
 * Installs the triggers on every table except `skip` (tables whose writes are the point, e.g. rate-limit
 * counters); `ignoreColumns` lists columns whose update alone is not a write worth counting (a token's
 * "last used" time, stamped by any authenticated request, refused or not).
 */
export async function installWriteCounter(
  skip: readonly string[],
  ignoreColumns: Record<string, string[]> = {},
): Promise<TWriteCounter> {
  const rows = await db.$queryRawUnsafe<{ name: string; sql: string }[]>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('_prisma_migrations', '${COUNTER}')`,
  );
  // A virtual table (the catalog's full-text index) takes no trigger; neither do its shadow tables
  // (`<name>_data`, …). Its own rows are written by triggers on the tables it indexes, which are counted.
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  const tables = rows
    .map((r) => r.name)
    .filter((t) => !skip.includes(t) && !virtual.some((v) => t === v || t.startsWith(`${v}_`)));
  const updateOf = async (t: string) => {
    const ignored = ignoreColumns[t];
    if (!ignored) return "UPDATE";
    const cols = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${t}')`);
    return `UPDATE OF ${cols
      .filter((c) => !ignored.includes(c.name))
      .map((c) => `"${c.name}"`)
      .join(", ")}`;
  };
  const triggers: { name: string; table: string; op: string }[] = [];
  for (const t of tables) {
    for (const op of OPS)
      triggers.push({ name: `${COUNTER}_${t}_${op}`, table: t, op: op === "UPDATE" ? await updateOf(t) : op });
  }
  await db.$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS "${COUNTER}" (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)`,
  );
  await db.$executeRawUnsafe(`INSERT OR IGNORE INTO "${COUNTER}" (id, n) VALUES (1, 0)`);
  for (const t of triggers) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER IF NOT EXISTS "${t.name}" AFTER ${t.op} ON "${t.table}" BEGIN UPDATE "${COUNTER}" SET n = n + 1 WHERE id = 1; END`,
    );
  }
  return {
    tables,
    read: async () =>
      Number((await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT n FROM "${COUNTER}" WHERE id = 1`))[0].n),
    remove: async () => {
      for (const t of triggers) await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${t.name}"`);
      await db.$executeRawUnsafe(`DROP TABLE IF EXISTS "${COUNTER}"`);
    },
  };
}
