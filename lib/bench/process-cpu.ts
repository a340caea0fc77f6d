// CPU time used by a process and everything it started (Linux /proc), so a benchmark can report the
// CPU each part used and stay readable on a loaded machine. utime+stime of the live processes plus
// cutime+cstime (children already exited and reaped: a worker's finished sandbox processes, a
// PostgreSQL backend whose connection closed).
import { execFileSync } from "node:child_process";
import fs from "node:fs";

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  return ticksPerSecond;
}

type TStat = { pid: number; ppid: number; ticks: number; ownTicks: number };

function readStat(pid: number): TStat | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined; // gone between the listing and the read
  }
  // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // After the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17).
  const at = (n: number) => Number(fields[n - 3]);
  return { pid, ppid: at(4), ticks: at(14) + at(15) + at(16) + at(17), ownTicks: at(14) + at(15) };
}

/** Milliseconds of CPU used so far by `root` alone (all its threads), and by it with its live
 * descendants (and their reaped children). */
export function processTreeCpuMs(root: number): { own: number; tree: number } {
  const stats = fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => readStat(Number(name)) ?? []);
  const children = new Map<number, TStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const self = stats.find((s) => s.pid === root);
  if (!self) return { own: 0, tree: 0 };
  let ticks = 0;
  const todo = [self];
  while (todo.length) {
    const s = todo.pop()!;
    ticks += s.ticks;
    todo.push(...(children.get(s.pid) ?? []));
  }
  const ms = (t: number) => (t * 1000) / clockTicks();
  return { own: ms(self.ownTicks), tree: ms(ticks) };
}
