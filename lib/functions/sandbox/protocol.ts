// Messages between the pool (parent) and a sandbox worker process (child), sent as JSON over IPC.
import type { TRunRequest, TRunResult } from "./types";

export type TChildMessage = { type: "run"; id: number; request: TRunRequest; calledAt: number };
export type TParentMessage = { type: "ready" } | { type: "result"; id: number; result: TRunResult };
