"use client";
// "Save as a preset": this instance's answers kept under a name for the team, so the next deploy of
// the brick can start from them (the deploy page lists the team's presets).
import { useState } from "react";
import { savePresetAction } from "@/app/_components/deploy/preset-actions";

type TProps = { teamId: string; brick: string; version: string; config: Record<string, unknown>; suggested: string };

export function SavePreset({ teamId, brick, version, config, suggested }: TProps) {
  const [name, setName] = useState(suggested);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const result = await savePresetAction({ teamId, brick, version, name, config });
    setNote(
      result.ok
        ? { ok: true, text: `Saved as “${result.data.name}”: the deploy page of this brick offers it to your team.` }
        : { ok: false, text: result.fields?.name?.[0] ?? result.message },
    );
  }
  return (
    <form onSubmit={save} className="mt-3 flex flex-wrap items-end gap-2 text-sm" data-testid="save-preset">
      <label className="min-w-0 flex-1 text-stone-700">
        Save these settings as a preset named
        <input
          className="mt-1 block w-full rounded-md border border-stone-300 p-2"
          value={name}
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
          required
        />
      </label>
      <button type="submit" className="rounded-md border border-stone-300 px-3 py-2">
        Save preset
      </button>
      {note && (
        <p role={note.ok ? "status" : "alert"} className={`w-full ${note.ok ? "text-emerald-800" : "text-red-700"}`}>
          {note.text}
        </p>
      )}
    </form>
  );
}
