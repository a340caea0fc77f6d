export { deploy, call } from "./dispatch";
