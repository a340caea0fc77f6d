"use client";
// While a run or its delivery is in flight, re-renders the page (server data) every two seconds.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function PollRefresh({ active, everyMs = 2000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(t);
  }, [active, everyMs, router]);
  return null;
}
