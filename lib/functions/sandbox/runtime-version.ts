// What a receipt names as the runtime: our sandbox protocol (bump it when the bootstrap, the limits'
// meaning or the fetch/response shape changes) and the exact QuickJS build that ran the code.
import { createRequire } from "node:module";

const SANDBOX_VERSION = "brickyard-sandbox/1";

function quickjsVersion(): string {
  const require = createRequire(import.meta.url);
  const pkg = require("@jitl/quickjs-wasmfile-release-sync/package.json") as { version: string };
  return pkg.version;
}

export const RUNTIME_VERSION = `${SANDBOX_VERSION} quickjs-wasmfile-release-sync@${quickjsVersion()}`;
