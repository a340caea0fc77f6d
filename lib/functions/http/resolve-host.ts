// DNS for the function's fetch: resolve every address of the host and refuse the request if any of them
// is not public (an attacker's name may mix a public and a private answer). The caller then connects to
// the first address it got here and to no other, so a second DNS answer (rebinding) cannot swap it.
import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import { isIpLiteral, isPublicAddress, stripBrackets } from "./addresses";
import { HttpRefusedError } from "./host-policy";

export type TResolvedAddress = { address: string; family: 4 | 6 };
/** Injectable so tests can make a name resolve to a private address without touching real DNS. */
export type TLookup = (hostname: string) => Promise<TResolvedAddress[]>;

export const systemLookup: TLookup = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export async function resolveHost(
  hostname: string,
  opts: { lookup: TLookup; allowPrivateAddresses: boolean; allowedPrivateAddresses?: string[] },
): Promise<TResolvedAddress> {
  const host = stripBrackets(hostname);
  let answers: TResolvedAddress[];
  if (isIpLiteral(host)) {
    answers = [{ address: host, family: host.includes(":") ? 6 : 4 }];
  } else {
    try {
      answers = await opts.lookup(host);
    } catch {
      throw new Error(`could not find the address of ${host}`);
    }
  }
  if (answers.length === 0) throw new Error(`could not find the address of ${host}`);
  if (!opts.allowPrivateAddresses) {
    const exceptions = new Set(opts.allowedPrivateAddresses ?? []);
    const refused = answers.find((a) => !isPublicAddress(a.address) && !exceptions.has(a.address));
    if (refused) {
      throw new HttpRefusedError(
        `${host} leads to ${refused.address}, a private, local or metadata address, which functions may not reach`,
      );
    }
  }
  return answers[0];
}
