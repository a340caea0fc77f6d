"use client";
// One key per deploy attempt, kept in sessionStorage so a reload or a retry of the same attempt
// reuses it (the server then returns the same deployment). `renew` starts a new attempt.
// null during server rendering: the key exists only in the browser.
import { useCallback, useSyncExternalStore } from "react";

const storageKey = (scope: string) => `brickyard:deploy-key:${scope}`;
const listeners = new Set<() => void>();

function current(scope: string): string {
  const stored = sessionStorage.getItem(storageKey(scope));
  if (stored && /^[A-Za-z0-9_-]{16,64}$/.test(stored)) return stored;
  const fresh = crypto.randomUUID();
  sessionStorage.setItem(storageKey(scope), fresh);
  return fresh;
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => void listeners.delete(onChange);
}

export function useIdempotencyKey(scope: string): { key: string | null; renew: () => void } {
  const key = useSyncExternalStore(
    subscribe,
    () => current(scope),
    () => null,
  );
  const renew = useCallback(() => {
    sessionStorage.setItem(storageKey(scope), crypto.randomUUID());
    for (const l of listeners) l();
  }, [scope]);
  return { key, renew };
}
