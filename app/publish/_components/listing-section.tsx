"use client";
// Step 2: how the brick appears in the catalog. A function brick has no networks of its own (it feeds
// contracts on them), so its form leaves that box out.
import { MarkdownField } from "./markdown-field";
import { TextField } from "./text-field";

export function ListingSection({ networks = true }: { networks?: boolean }) {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="slug"
          label="Slug"
          help="Lower-case words joined by dashes; the brick's address: /bricks/<slug>."
          placeholder="payment-splitter"
          mono
        />
        <TextField
          name="version"
          label="Version"
          help="Semver, greater than every published version, e.g. 1.0.0 or 1.1.0-rc.1."
          placeholder="1.0.0"
          mono
        />
        <TextField name="name" label="Name" help="2 to 60 characters, shown on the catalog card." />
        <TextField
          name="category"
          label="Category"
          help="One lower-case word or dashed words, e.g. tokens, payments."
        />
      </div>
      <TextField
        name="summary"
        label="Summary"
        help="One plain sentence (10 to 200 characters) for people who do not program."
      />
      <MarkdownField
        name="description"
        label="Description (Markdown)"
        help="What it does, who it is for, what builders must know. Rendered sanitised."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="tagsText"
          label="Tags"
          help="Up to 12, separated by commas: erc20, fixed-supply."
          problemField="tagsText"
        />
        {networks && (
          <TextField
            name="networksText"
            label="Networks"
            help="Network slugs, separated by commas. Empty: every network that needs no approval."
            problemField="networksText"
            mono
          />
        )}
      </div>
      <TextField name="changelog" label="Changelog" rows={2} help="What changed in this version." />
    </div>
  );
}
