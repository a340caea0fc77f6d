"use client";
// The header's "Sign in": carries the page the person is on, so signing in brings them back to it.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function SignInLink({ className }: { className: string }) {
  const path = usePathname();
  const href =
    path && path !== "/" && !path.startsWith("/sign-in")
      ? `/sign-in?callbackUrl=${encodeURIComponent(path)}`
      : "/sign-in";
  return (
    <Link href={href} className={className}>
      Sign in
    </Link>
  );
}
