// The dashboard's filters as a plain GET form: works without JavaScript, and the URL can be shared.
import { Button, Input, Label, Select } from "@/app/_components/ui";

type Option = { slug: string; name: string };
const STATUSES = [
  ["", "Any status"],
  ["pending", "In progress"],
  ["finalized", "Finalized"],
  ["linked", "Linked (verified)"],
  ["failed", "Failed"],
  ["draft", "Not signed"],
  ["missing_on_chain", "Missing on chain"],
] as const;

export function Filters({
  values,
  bricks,
  networks,
}: {
  values: { status?: string; brick?: string; network?: string; q?: string };
  bricks: Option[];
  networks: Option[];
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter instances"
      className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end"
    >
      <div>
        <Label htmlFor="f-q">Search</Label>
        <Input id="f-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="Name or address" />
      </div>
      <div>
        <Label htmlFor="f-status">Status</Label>
        <Select id="f-status" name="status" defaultValue={values.status ?? ""}>
          {STATUSES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="f-brick">Brick</Label>
        <Select id="f-brick" name="brick" defaultValue={values.brick ?? ""}>
          <option value="">Any brick</option>
          {bricks.map((b) => (
            <option key={b.slug} value={b.slug}>
              {b.name}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="f-network">Network</Label>
        <Select id="f-network" name="network" defaultValue={values.network ?? ""}>
          <option value="">Any network</option>
          {networks.map((n) => (
            <option key={n.slug} value={n.slug}>
              {n.name}
            </option>
          ))}
        </Select>
      </div>
      <Button variant="secondary" type="submit">
        Filter
      </Button>
    </form>
  );
}
