"use client";
// The configure-and-connect form: the function's inputs (the brick form renderer and zod schema),
// its secrets (write-only fields: sent once, never shown back), when it runs, and which of the team's
// contracts receives the value; "Test run" shows what it would do, in words, before anything is saved.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BrickForm } from "@/app/_components/brick-form";
import type { ConfigResult, ConfigValues, JsonSchema } from "@/lib/bricks/config-schema";
import type { TTestRun } from "@/lib/functions/bricks/test-run";
import { Button, Card, Input, Label, Select } from "@/app/_components/ui";
import { TestRunReport } from "@/app/function-instances/[id]/_components/test-run-report";
import { saveFunctionAction, testRunDraftAction } from "./actions";

type TTarget = { id: string; name: string; address: string; teamName: string; brick: string; networkName: string };
type TProps = {
  slug: string;
  name: string;
  inputs: JsonSchema;
  secrets: { name: string; purpose: string; whereToGet: string; required: boolean }[];
  schedules: { id: string; label: string }[];
  targets: TTarget[];
  message: string;
};

export function ConfigureFunction(p: TProps) {
  const router = useRouter();
  const [values, setValues] = useState<ConfigValues>({});
  const [valid, setValid] = useState(false);
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const [schedule, setSchedule] = useState(
    p.schedules.find((s) => s.id === "every-5-minutes")?.id ?? p.schedules[0].id,
  );
  const [targetId, setTargetId] = useState(p.targets[0].id);
  const [title, setTitle] = useState(p.name);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [test, setTest] = useState<TTestRun | null>(null);

  const draft = () => ({ slug: p.slug, input: values, secrets, targetId });
  const showError = (r: { message: string; fields?: Record<string, string[]> }) => {
    const fields = r.fields ? Object.entries(r.fields).map(([f, m]) => `${f}: ${m.join(", ")}`) : [];
    setError([r.message, ...fields].join(" — "));
  };

  async function testRun() {
    setError(null);
    setTest(null);
    setBusy("Running the function once (nothing is sent to your contract)…");
    const r = await testRunDraftAction(draft());
    setBusy(null);
    if (!r.ok) return showError(r);
    setTest(r.data);
  }

  async function save() {
    setError(null);
    setBusy("Saving…");
    const r = await saveFunctionAction({ ...draft(), name: title, schedule });
    if (!r.ok) {
      setBusy(null);
      return showError(r);
    }
    router.push(`/function-instances/${r.data.id}`);
  }

  return (
    <div className="space-y-6">
      <Card className="space-y-3" aria-labelledby="inputs-h">
        <h2 id="inputs-h" className="text-lg font-semibold">
          1. What it reads
        </h2>
        <BrickForm
          schema={p.inputs}
          label="Function inputs"
          onChange={(v: ConfigValues, result: ConfigResult) => {
            setValues(v);
            setValid(result.success);
          }}
        />
      </Card>

      {p.secrets.length > 0 && (
        <Card className="space-y-3" aria-labelledby="secrets-h">
          <h2 id="secrets-h" className="text-lg font-semibold">
            2. Secrets
          </h2>
          <p className="text-sm text-stone-600">
            Stored encrypted and only given to the function when it runs. Nobody, you included, can read them back here.
          </p>
          {p.secrets.map((s) => (
            <div key={s.name} className="space-y-1">
              <Label htmlFor={`secret-${s.name}`}>
                {s.name} {s.required ? "" : <span className="font-normal text-stone-500">(optional)</span>}
              </Label>
              <Input
                id={`secret-${s.name}`}
                type="password"
                autoComplete="off"
                value={secrets[s.name] ?? ""}
                onChange={(e) => setSecrets({ ...secrets, [s.name]: e.target.value })}
              />
              <p className="text-xs text-stone-600">
                {s.purpose} Where to get it: {s.whereToGet}
              </p>
            </div>
          ))}
        </Card>
      )}

      <Card className="space-y-4" aria-labelledby="connect-h">
        <h2 id="connect-h" className="text-lg font-semibold">
          {p.secrets.length > 0 ? "3" : "2"}. When it runs and where the value goes
        </h2>
        <div className="space-y-1">
          <Label htmlFor="schedule">When it runs</Label>
          <Select id="schedule" value={schedule} onChange={(e) => setSchedule(e.target.value)}>
            {p.schedules.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </Select>
          <p className="text-xs text-stone-600">You can also run it any time with “Run now”, and pause it.</p>
        </div>
        <div className="space-y-1">
          <Label htmlFor="target">Your contract that receives the value</Label>
          <Select id="target" value={targetId} onChange={(e) => setTargetId(e.target.value)}>
            {p.targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} — {t.brick} on {t.networkName} ({t.teamName})
              </option>
            ))}
          </Select>
          <p className="text-xs text-stone-600">
            Each run calls <code className="font-mono">{p.message}</code> on it from the function&apos;s own account.
          </p>
        </div>
        <div className="space-y-1">
          <Label htmlFor="fn-name">Name</Label>
          <Input id="fn-name" value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} />
        </div>
      </Card>

      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
      {busy && (
        <p role="status" className="text-sm text-stone-700">
          {busy}
        </p>
      )}
      {test && <TestRunReport test={test} />}

      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" type="button" disabled={!valid || !!busy} onClick={testRun}>
          Test run
        </Button>
        <Button type="button" disabled={!valid || !!busy || !title.trim()} onClick={save}>
          Save and start
        </Button>
      </div>
      {!valid && <p className="text-sm text-stone-600">Fill in the fields above to test or save.</p>}
    </div>
  );
}
