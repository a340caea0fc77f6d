// Sign-ups to allowlist: your sign-up form (or your own server) sends each new sign-up to this
// function's webhook. Brickyard checks the call's signature and that the body fits the webhook body
// schema (an "address" that is an account) before the function runs; the function then adds that
// account to your allowlist registry. An account it added before is not sent again.

export async function run({ input, state }) {
  const body = input.webhook;
  if (!body || typeof body !== "object") {
    console.log("no sign-up came with this run (it was not started by the webhook): nothing to add");
    return { output: null, state };
  }
  const account = String(body.address).trim();
  const seen = (state && state.seen) || [];
  if (seen.includes(account)) {
    console.log(`${account} was added before: nothing to send`);
    return { output: null, state };
  }
  console.log(`adding ${account} to the allowlist`);
  // Remember the last 500 added, so a sign-up sent twice is added once.
  return { output: { account }, state: { seen: [...seen, account].slice(-500) } };
}
