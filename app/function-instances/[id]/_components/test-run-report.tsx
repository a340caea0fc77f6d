// A test run in words: what the function fetched, what it printed, what it returned, and the contract
// call that output would become (with its dry-run, once the function's own account exists).
import type { TTestRun } from "@/lib/functions/bricks/test-run";
import { Card } from "@/app/_components/ui";

export function TestRunReport({ test }: { test: TTestRun }) {
  return (
    <Card className="space-y-3" aria-label="Test run result" data-testid="test-run">
      <h3 className="font-semibold">
        {test.ok ? "Test run finished" : "Test run failed"}{" "}
        <span className="text-sm font-normal text-stone-500">in {test.durationMs} ms</span>
      </h3>
      {test.error && <p className="text-sm text-red-800">What went wrong: {test.error}</p>}
      {test.http.length > 0 && (
        <div>
          <p className="text-sm font-medium">Web requests</p>
          <ul className="list-disc pl-5 text-sm text-stone-700">
            {test.http.map((h, i) => (
              <li key={i} className="break-all">
                {h.method} {h.url} → {h.status === null ? "no answer" : `answered ${h.status}`}, {h.bytes} bytes in{" "}
                {h.ms} ms
              </li>
            ))}
          </ul>
        </div>
      )}
      {test.logs.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm font-medium">What it printed ({test.logs.length})</summary>
          <pre className="mt-1 overflow-x-auto rounded bg-stone-50 p-2 text-xs">{test.logs.join("\n")}</pre>
        </details>
      )}
      {test.ok && (
        <p className="text-sm">
          It returned: <code className="font-mono text-xs break-all">{JSON.stringify(test.output)}</code>
        </p>
      )}
      <p className="text-sm break-words text-stone-800 [overflow-wrap:anywhere]" data-testid="test-run-call">
        {test.dryRun}
      </p>
    </Card>
  );
}
