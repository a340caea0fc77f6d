// Code evaluated inside each fresh QuickJS context before the function's own module. It receives the
// two host functions (fetch and log, which take and return only strings, so no host object ever enters
// the sandbox), fixes the clock and seeds Math.random (a replay then sees the same values), and returns
// the `fetch` and `invoke` the host calls. JSON.parse/stringify are captured here, before user code can
// replace them.
export const BOOTSTRAP_SOURCE = String.raw`(function (hostFetch, hostLog, NOW, SEED) {
  "use strict";
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const RealDate = Date;
  function FixedDate(...args) {
    if (!new.target) return new RealDate(NOW).toString();
    return args.length === 0 ? new RealDate(NOW) : new RealDate(...args);
  }
  FixedDate.prototype = RealDate.prototype;
  FixedDate.now = function now() { return NOW; };
  FixedDate.parse = RealDate.parse;
  FixedDate.UTC = RealDate.UTC;
  Object.defineProperty(RealDate.prototype, "constructor", { value: FixedDate, writable: true, configurable: true });
  globalThis.Date = FixedDate;

  // mulberry32: small, fast, and the same sequence for the same seed on every machine.
  let s = SEED >>> 0;
  Math.random = function random() {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const show = (v) => {
    if (typeof v === "string") return v;
    if (v instanceof Error) return String(v);
    try { const j = stringify(v); return j === undefined ? String(v) : j; } catch { return String(v); }
  };
  const logger = (level) => function (...args) { hostLog(level, args.map(show).join(" ")); };
  globalThis.console = {
    log: logger("log"), info: logger("info"), debug: logger("debug"), warn: logger("warn"), error: logger("error"),
  };

  class Response {
    #body;
    constructor(status, url, body) {
      this.status = status;
      this.ok = status >= 200 && status < 300;
      this.url = url;
      this.#body = body;
    }
    async text() { return this.#body; }
    async json() { return parse(this.#body); }
  }

  const headerPairs = (headers) => {
    const out = {};
    if (headers == null) return out;
    for (const key of Object.keys(headers)) out[String(key)] = String(headers[key]);
    return out;
  };

  async function fetch(url, init) {
    const target = typeof url === "string" ? url : String(url);
    const options = init == null ? {} : init;
    const request = {
      method: options.method == null ? "GET" : String(options.method).toUpperCase(),
      headers: headerPairs(options.headers),
      body: options.body == null ? null : String(options.body),
    };
    const answer = parse(await hostFetch(target, stringify(request)));
    return new Response(answer.status, target, answer.body);
  }

  const isResultPair = (value) =>
    value !== null && typeof value === "object" && !Array.isArray(value) &&
    Object.keys(value).length === 2 && "output" in value && "state" in value;

  async function invoke(handler, inputJson, secretsJson, stateJson) {
    const result = await handler({ input: parse(inputJson), secrets: parse(secretsJson), state: parse(stateJson), fetch });
    const pair = isResultPair(result);
    const output = pair ? result.output : result;
    return stringify({
      output: output === undefined ? null : output,
      hasState: pair,
      state: pair && result.state !== undefined ? result.state : null,
    });
  }

  return { invoke };
})`;
