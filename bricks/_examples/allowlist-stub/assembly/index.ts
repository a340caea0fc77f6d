export { deploy, call } from "./generated/dispatch";
