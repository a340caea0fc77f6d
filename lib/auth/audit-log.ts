import "server-only";
// Moved to lib/history/write-history.ts (the team history is not authentication). This re-export
// keeps branches that merge after the move compiling; new code imports from lib/history.
export { writeAuditLog, type AuditEntry } from "@/lib/history/write-history";
