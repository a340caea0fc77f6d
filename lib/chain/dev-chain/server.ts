// Serving the chain over WebSocket on a port we are sure of.
import net from "node:net";

/**
 * chopsticks' createServer silently moves to port+1 … port+9 when the port is taken. For the dev
 * chain that would leave the app talking to whatever else holds 9944, so we check first and fail
 * with a message that says what to do.
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const inUse = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "EADDRINUSE"));
    probe.once("listening", () => probe.close(() => resolve(false)));
    probe.listen(port, host);
  });
  if (inUse) {
    throw new Error(
      `Port ${port} on ${host} is already in use (another dev chain?). Stop that process, or set DEV_CHAIN_PORT to a free port.`,
    );
  }
}
