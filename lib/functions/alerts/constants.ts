// Browser-safe: how many deliveries an automation account's balance should cover — the margin the
// delivery itself checks (lib/functions/automation/check-balance.ts).
export const DELIVERIES_AHEAD = 3;
