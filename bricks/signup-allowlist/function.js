// Sign-ups to allowlist: on a schedule, read the list of sign-ups from a JSON web address (your form
// service's export, your own server), keep the entries whose address is a valid Polkadot-style
// account, leave out the ones already added in an earlier run, and add the new ones to your
// allowlist registry in one call. Entries that are not valid are named in the log, never sent.

function pathParts(path) {
  const trimmed = String(path || "")
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

// SS58 text: base58 characters, 46–48 long (the chain checks the checksum when it decodes the call).
const SS58 = /^[1-9A-HJ-NP-Za-km-z]{46,48}$/;

export async function run({ input, state, fetch }) {
  const res = await fetch(input.url);
  if (!res.ok) throw new Error(`the web address answered ${res.status}`);
  const list = pick(await res.json(), input.listPath);
  if (!Array.isArray(list)) throw new Error(`the answer at "${input.listPath || "the top"}" is not a list`);
  const field = input.addressField || "address";
  const seen = new Set((state && state.seen) || []);
  const fresh = [];
  list.forEach((entry, i) => {
    const address = entry && typeof entry === "object" ? entry[field] : entry;
    if (typeof address !== "string" || !SS58.test(address.trim())) {
      console.log(`entry ${i + 1} left out: "${field}" is not an account address`);
      return;
    }
    const a = address.trim();
    if (seen.has(a) || fresh.includes(a)) return;
    fresh.push(a);
  });
  const batch = fresh.slice(0, Number(input.maxPerRun || 10));
  if (batch.length === 0) {
    console.log("no new sign-ups");
    return { output: null, state };
  }
  console.log(`adding ${batch.length} new account(s)${fresh.length > batch.length ? `; ${fresh.length - batch.length} wait for the next run` : ""}`);
  // Remember the last 500 added, so a sign-up is sent once.
  const next = [...seen, ...batch].slice(-500);
  return { output: { accounts: batch }, state: { seen: next } };
}
