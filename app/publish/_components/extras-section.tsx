"use client";
// Step 5 (optional): the link step and the settings actions, as JSON, checked like brick.json.
import { TextField } from "./text-field";

const LINK_EXAMPLE =
  '{ "field": "yourContract", "explain": "…", "record": { "on": "linked", "message": "set_module", "args": { "module": { "kind": "instance" } } } }';
const SETTINGS_EXAMPLE =
  '[{ "id": "mint", "label": "Create new tokens", "message": "mint", "config": { … }, "args": { … } }]';

export function ExtrasSection() {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextField
        name="linkText"
        label="Link step (JSON, optional)"
        rows={9}
        mono
        help={`Which field holds the builder's own contract and how the link is recorded and verified. e.g. ${LINK_EXAMPLE}`}
      />
      <TextField
        name="settingsText"
        label="Settings actions (JSON list, optional)"
        rows={9}
        mono
        help={`Messages a team may call later, each with its own small form. e.g. ${SETTINGS_EXAMPLE}`}
      />
    </div>
  );
}
