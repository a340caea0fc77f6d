// chopsticks reads LOG_LEVEL once, when it is first imported, and its default ("info") prints
// every block it builds. Imported first by start.ts so "warn" is in place before that happens;
// set LOG_LEVEL=info (or debug) in the environment to see chopsticks' own output again.
process.env.LOG_LEVEL ??= "warn";
export {};
