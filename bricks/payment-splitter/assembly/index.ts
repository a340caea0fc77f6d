// Entry point: the hand-written dispatcher (see spec.ts, dispatch "manual").
export { deploy, call } from "./dispatch";
