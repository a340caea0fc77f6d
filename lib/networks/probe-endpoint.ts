// The first look at a URL an admin typed: does anything answer, is it a WebSocket, does it speak
// Substrate's JSON-RPC? Each failure becomes one plain sentence, before @polkadot/api (which
// retries forever and cannot tell a web server from a TLS error) is involved at all.
import "server-only";
import WebSocket from "ws";
import { AppError } from "@/lib/errors";

const TLS_CODES =
  /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|EPROTO|ERR_OSSL|HOSTNAME_MISMATCH)/;

function refuse(message: string, cause?: unknown): AppError {
  return new AppError("BAD_INPUT", { userMessage: message, fields: { rpcUrl: [message] }, cause });
}

/** Resolves with the chain name the node reports (system_chain); rejects with a plain sentence. */
export function probeEndpoint(rpcUrl: string, timeoutMs: number): Promise<string> {
  const host = (() => {
    try {
      return new URL(rpcUrl).host;
    } catch {
      return rpcUrl;
    }
  })();
  return new Promise((resolve, reject) => {
    let settled = false;
    const ws = new WebSocket(rpcUrl, { handshakeTimeout: timeoutMs, maxPayload: 8 * 1024 * 1024 });
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ws.removeAllListeners();
      ws.on("error", () => {}); // a late error after terminate must not crash the process
      ws.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            refuse(
              `${host} did not answer within ${Math.round(timeoutMs / 100) / 10} s (timed out). Check the address and that the node is running.`,
            ),
          ),
        ),
      timeoutMs,
    );
    ws.on("unexpected-response", (_req, res) =>
      finish(() =>
        reject(
          refuse(
            `${host} is a plain web server (it answered HTTP ${res.statusCode}), not a node's WebSocket endpoint. Use the node's ws:// or wss:// RPC address.`,
          ),
        ),
      ),
    );
    ws.on("error", (error: Error & { code?: string }) => {
      const code = error.code ?? "";
      if (TLS_CODES.test(code) || /certificate|ssl|tls/i.test(error.message)) {
        return finish(() =>
          reject(
            refuse(
              `The secure connection to ${host} failed (TLS error: ${error.message}). Check the certificate, or use ws:// for a local node.`,
              error,
            ),
          ),
        );
      }
      if (code === "ENOTFOUND" || code === "EAI_AGAIN")
        return finish(() => reject(refuse(`${host} is unreachable: that host name does not exist.`, error)));
      if (code === "ECONNREFUSED")
        return finish(() =>
          reject(refuse(`${host} is unreachable: nothing is listening there (connection refused).`, error)),
        );
      if (/handshake has timed out/i.test(error.message)) {
        return finish(() =>
          reject(refuse(`${host} did not answer within ${Math.round(timeoutMs / 100) / 10} s (timed out).`, error)),
        );
      }
      finish(() => reject(refuse(`${host} is unreachable (${error.message}).`, error)));
    });
    ws.on("open", () => ws.send(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "system_chain", params: [] })));
    ws.on("message", (data) => {
      let reply: { id?: unknown; result?: unknown; error?: unknown } | undefined;
      try {
        reply = JSON.parse(String(data)) as typeof reply;
      } catch {
        reply = undefined;
      }
      if (reply?.id === 1 && typeof reply.result === "string") return finish(() => resolve(reply.result as string));
      finish(() =>
        reject(
          refuse(`${host} answers on WebSocket but is not a Substrate node (it does not understand system_chain).`),
        ),
      );
    });
    ws.on("close", () =>
      finish(() => reject(refuse(`${host} closed the connection without answering: it is not a Substrate node.`))),
    );
  });
}
