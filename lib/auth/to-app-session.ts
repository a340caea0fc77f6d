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

// No session id here: this object is also what GET /api/auth/session hands to page JavaScript, and
// the database session id is a bearer secret (it stays inside the encrypted JWT cookie).
export type AppSession = { expires: string; user: AppUser };

type SessionRow = { sessionToken: string; user: { id: string; name: string | null; platformRoles: string } };

export function toAppSession(
  row: SessionRow,
  account: { address: string; accountId: string },
  expires: string,
): AppSession {
  return {
    expires,
    user: {
      id: row.user.id,
      name: row.user.name,
      ...account,
      platformRoles: parsePlatformRoles(row.user.platformRoles),
    },
  };
}
