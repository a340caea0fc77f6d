// Entry point: the generated dispatcher routes each selector to a handler in ./contract.ts.
export { deploy, call } from "./generated/dispatch";
