// The Brickyard contract kit for AssemblyScript: import everything from here.
export * from "./u128";
export * from "./bytes32";
export * from "./scale";
export * from "./contract";
export * from "./event";
export * from "./call";
import * as env from "./env";
import * as storage from "./storage";
export { env, storage };
