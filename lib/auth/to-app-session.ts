// The session shape the app works with (server components, actions, route handlers).
import type { PlatformRole } from "@/lib/auth/permissions";
import { parsePlatformRoles } from "@/lib/auth/permissions";

export type AppUser = {
  id: string;
  name: string | null;
  /** SS58 (generic prefix) of the account this session signed in with. */
  address: string;
  /** The account id (public key for sr25519/ed25519), 0x hex: identicons, lookups. */
  accountId: string;
  platformRoles: PlatformRole[];
};

export type AppSession = { sid: string; expires: string; user: AppUser };

type SessionRow = { sessionToken: string; user: { id: string; name: string | null; platformRoles: string } };

export function toAppSession(row: SessionRow, account: { address: string; accountId: string }, expires: string): AppSession {
  return {
    sid: row.sessionToken,
    expires,
    user: { id: row.user.id, name: row.user.name, ...account, platformRoles: parsePlatformRoles(row.user.platformRoles) },
  };
}
