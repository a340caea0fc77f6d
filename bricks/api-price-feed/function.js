// API price feed: fetch a JSON API, pick one number by a path chosen in the form, scale it to the
// oracle's decimal places (exactly, with text arithmetic: no floating-point rounding), and report it.
// Optionally skip a report when the value moved less than a threshold since the last report. Its
// query handler answers the last value reported and when (the query URL). It runs on a schedule, on
// "Run now", or when a contract event the builder picked is finalized (then `input.event` says which).

// "$.data[0].price", "data.0.price" or "polkadot.usd" → ["data", "0", "price"]
function pathParts(path) {
  const trimmed = String(path)
    .trim()
    .replace(/^\$\.?/, "");
  if (!trimmed) return [];
  return trimmed
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/\["([^"]+)"\]/g, ".$1")
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

// "5.1234" with 8 decimals → "512340000"; rounds half up on the first dropped digit.
function scale(value, decimals) {
  const text = typeof value === "number" ? value.toFixed(Math.min(20, decimals + 1)) : String(value).trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`the value "${text}" is not a number`);
  if (m[1] === "-") throw new Error(`the value ${text} is negative; the oracle takes positive numbers`);
  const frac = (m[3] || "").padEnd(decimals + 1, "0");
  let whole = BigInt(m[2] + frac.slice(0, decimals));
  if (Number(frac[decimals]) >= 5) whole += 1n;
  return whole;
}

export async function run({ input, secrets, state, fetch }) {
  // Started by a contract event (the event trigger): say which one, so the run's log explains itself.
  if (input.event) console.log(`started by ${input.event.name} in block ${input.event.blockNumber}`);
  const headers = {};
  if (secrets.API_KEY) headers[input.apiKeyHeader || "x-api-key"] = secrets.API_KEY;
  const res = await fetch(input.url, { headers });
  if (!res.ok) throw new Error(`the API answered ${res.status}`);
  const data = await res.json();
  const picked = pick(data, input.path);
  const value = scale(picked, input.decimals);
  console.log(`picked ${picked} at ${input.path} → ${value} (${input.decimals} decimals)`);

  const last = state && state.last ? BigInt(state.last) : null;
  const threshold = Number(input.thresholdPercent || 0);
  if (last !== null && threshold > 0) {
    const diff = value > last ? value - last : last - value;
    // moved% = diff / last * 100, compared in whole numbers (basis points of a percent).
    const movedBp = last === 0n ? 1000000n : (diff * 1000000n) / last;
    if (movedBp < BigInt(Math.round(threshold * 10000))) {
      console.log(`moved less than ${threshold}% since the last report (${last}): nothing to report`);
      return { output: null, state };
    }
  }
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new Error(`the scaled value ${value} is too large; use fewer decimal places`);
  // Remember what was reported and when (the run's clock), for the query URL.
  return { output: { value: Number(value) }, state: { last: value.toString(), at: Date.now() } };
}

// "123456789" with 8 decimals → "1.23456789" (text arithmetic, exact).
function unscale(text, decimals) {
  const digits = text.padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals).replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : whole;
}

// The query URL: the last value this function reported and when, from its own memory — no web
// request, no chain. Answers in milliseconds.
export function query({ input, state }) {
  if (!state || !state.last) return { reported: false, value: null, price: null, decimals: input.decimals, at: null };
  return {
    reported: true,
    value: state.last,
    price: unscale(state.last, Number(input.decimals)),
    decimals: input.decimals,
    at: state.at ? new Date(state.at).toISOString() : null,
  };
}
