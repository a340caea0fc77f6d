// Scheduled release: on a schedule, read one number from a JSON web API that reports your vesting
// wallet's state (an indexer, or your own status page) and call the wallet's release when it says
// something is releasable. Otherwise nothing is sent, so no fee is paid for a release that would fail.

// "$.data[0].releasable", "data.0.releasable" or "releasable" → ["data", "0", "releasable"]
function pathParts(path) {
  const trimmed = String(path)
    .trim()
    .replace(/^\$\.?/, "");
  if (!trimmed) return [];
  return trimmed
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((p) => p.length > 0);
}

function pick(data, path) {
  let at = data;
  for (const part of pathParts(path)) {
    if (at === null || typeof at !== "object" || !(part in at))
      throw new Error(`the answer has nothing at "${path}" (stopped at "${part}")`);
    at = at[part];
  }
  return at;
}

// Returns exactly { output, state } (the sandbox's shape for "output plus state"): null output = send nothing.
export async function run({ input, state, fetch }) {
  const res = await fetch(input.url);
  if (!res.ok) throw new Error(`the API answered ${res.status}`);
  const picked = pick(await res.json(), input.path);
  const amount = Number(picked);
  if (!Number.isFinite(amount)) throw new Error(`the value at ${input.path} ("${picked}") is not a number`);
  const minimum = Number(input.minimum || 0);
  if (amount <= minimum) {
    console.log(`releasable ${amount} is not above ${minimum}: nothing to do`);
    return { output: null, state };
  }
  console.log(`releasable ${amount} is above ${minimum}: releasing`);
  return { output: {}, state };
}
