"use client";
// The configure-and-connect form: the function's inputs (the brick form renderer and zod schema),
// its secrets (write-only fields: sent once, never shown back), when it runs, and which of the team's
// contracts receives the value; "Test run" shows what it would do, in words, before anything is saved.
// The same form edits a saved function (`edit`): secrets left empty keep their value, the target stays,
// and each save is a new configuration version.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BrickForm } from "@/app/_components/brick-form";
import type { ConfigResult, ConfigValues, JsonSchema } from "@/lib/bricks/config-schema";
import type { TTestRun } from "@/lib/functions/bricks/test-run";
import { Button, Card, Input, Label, Select } from "@/app/_components/ui";
import { TestRunReport } from "@/app/function-instances/[id]/_components/test-run-report";
import { editFunctionAction } from "@/app/function-instances/[id]/edit/actions";
import { saveFunctionAction, testRunDraftAction } from "./actions";

type TTarget = { id: string; name: string; address: string; teamName: string; brick: string; networkName: string };
export type TEventSourceView = { id: string; name: string; relation: "target" | "linked"; events: string[] };
export type TEditing = {
  instanceId: string;
  name: string;
  input: ConfigValues;
  schedule: string;
  event: { sourceId: string; name: string } | null;
  secretNames: string[];
};
type TProps = {
  slug: string;
  name: string;
  inputs: JsonSchema;
  secrets: { name: string; purpose: string; whereToGet: string; required: boolean }[];
  schedules: { id: string; label: string }[];
  targets: TTarget[];
  message: string;
  /** With the event trigger: per target id, the contracts whose events may start a run. */
  eventSources?: Record<string, TEventSourceView[]>;
  suggestedEvents?: string[];
  edit?: TEditing;
};

const ON_EVENT = "on-event";

export function ConfigureFunction(p: TProps) {
  const router = useRouter();
  const [values, setValues] = useState<ConfigValues>(p.edit?.input ?? {});
  const [valid, setValid] = useState(false);
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const [schedule, setSchedule] = useState(
    p.edit?.schedule ?? p.schedules.find((s) => s.id === "every-5-minutes")?.id ?? p.schedules[0].id,
  );
  const [targetId, setTargetId] = useState(p.targets[0].id);
  const [title, setTitle] = useState(p.edit?.name ?? p.name);
  const sources = p.eventSources?.[targetId] ?? [];
  const firstEvent = (src?: TEventSourceView) =>
    src?.events.find((e) => p.suggestedEvents?.includes(e)) ?? src?.events[0] ?? "";
  const [eventSourceId, setEventSourceId] = useState(p.edit?.event?.sourceId ?? sources[0]?.id ?? "");
  const [eventName, setEventName] = useState(p.edit?.event?.name ?? firstEvent(sources[0]));
  const source = sources.find((s) => s.id === eventSourceId);
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
    const event = schedule === ON_EVENT ? { sourceId: eventSourceId, name: eventName } : undefined;
    const r = p.edit
      ? await editFunctionAction({
          instanceId: p.edit.instanceId,
          input: values,
          secrets,
          name: title,
          schedule,
          event,
        })
      : await saveFunctionAction({ ...draft(), name: title, schedule, event });
    if (!r.ok) {
      setBusy(null);
      return showError(r);
    }
    router.push(`/function-instances/${r.data.id}`);
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <Card className="space-y-3" aria-labelledby="inputs-h">
        <h2 id="inputs-h" className="text-lg font-semibold">
          1. What it reads
        </h2>
        <BrickForm
          schema={p.inputs}
          defaultValues={p.edit?.input}
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
            {p.edit && " Leave a field empty to keep the secret it has now."}
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
                placeholder={p.edit?.secretNames.includes(s.name) ? "Set — leave empty to keep it" : undefined}
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
        {schedule === ON_EVENT && (
          <div className="grid gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 sm:grid-cols-2">
            <div className="space-y-1">
              <Label htmlFor="event-source">Contract to listen to</Label>
              <Select
                id="event-source"
                value={eventSourceId}
                onChange={(e) => {
                  setEventSourceId(e.target.value);
                  setEventName(firstEvent(sources.find((s) => s.id === e.target.value)));
                }}
              >
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} {s.relation === "target" ? "(receives the value)" : "(linked to it)"}
                  </option>
                ))}
              </Select>
            </div>
            <div className="space-y-1">
              <Label htmlFor="event-name">Event</Label>
              <Select id="event-name" value={eventName} onChange={(e) => setEventName(e.target.value)}>
                {(source?.events ?? []).map((e) => (
                  <option key={e} value={e}>
                    {e}
                  </option>
                ))}
              </Select>
            </div>
            <p className="text-xs text-stone-600 sm:col-span-2">
              Each time this event is in a final block, the function runs once and gets the event&apos;s values. It does
              not run while paused.
            </p>
          </div>
        )}
        <div className="space-y-1">
          <Label htmlFor="target">Your contract that receives the value</Label>
          <Select
            id="target"
            value={targetId}
            disabled={!!p.edit}
            onChange={(e) => {
              setTargetId(e.target.value);
              const first = p.eventSources?.[e.target.value]?.[0];
              setEventSourceId(first?.id ?? "");
              setEventName(firstEvent(first));
            }}
          >
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
        {!p.edit && (
          <Button variant="secondary" type="button" disabled={!valid || !!busy} onClick={testRun}>
            Test run
          </Button>
        )}
        <Button
          type="button"
          disabled={!valid || !!busy || !title.trim() || (schedule === ON_EVENT && !eventName)}
          onClick={save}
        >
          {p.edit ? "Save changes" : "Save and start"}
        </Button>
      </div>
      {!valid && <p className="text-sm text-stone-600">Fill in the fields above to test or save.</p>}
    </div>
  );
}
