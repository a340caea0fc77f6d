// In-process notice that a deployment changed, so the instance page's stream pushes it at once
// instead of waiting for its next poll. Lives on globalThis: Next may load this module more than
// once in one process (instrumentation and the app), and both must share one bus.
import "server-only";
import { EventEmitter } from "node:events";

const g = globalThis as unknown as { brickyardProgressBus?: EventEmitter };
const bus = (g.brickyardProgressBus ??= new EventEmitter().setMaxListeners(0));

export function emitProgress(deploymentId: string): void {
  bus.emit(deploymentId);
}

export function onProgress(deploymentId: string, listener: () => void): () => void {
  bus.on(deploymentId, listener);
  return () => void bus.off(deploymentId, listener);
}
