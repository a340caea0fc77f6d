// Which resolved addresses a function may connect to: only ordinary public unicast. Loopback, private
// (RFC 1918), carrier-grade NAT, link-local (incl. the 169.254.169.254 metadata service), unique-local
// IPv6 (incl. fd00:ec2::254), multicast, reserved, documentation, and the IPv6 forms that embed an IPv4
// address (IPv4-mapped, NAT64, 6to4, Teredo) are refused. ipaddr.js names the ranges; we allow only
// the "unicast" one, so an unknown special range is refused by default.
import ipaddr from "ipaddr.js";

export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(stripBrackets(host));
}

export function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** true when the address is public unicast; false for anything special or unparsable. */
export function isPublicAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(stripBrackets(address).replace(/%.*$/, ""));
  } catch {
    return false;
  }
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    // ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address inside.
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() === "unicast";
    return v6.range() === "unicast";
  }
  return (parsed as ipaddr.IPv4).range() === "unicast";
}
