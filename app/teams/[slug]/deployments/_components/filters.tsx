// The dashboard's filters as a plain GET form: works without JavaScript, and the URL can be shared.
import { field, label, secondaryButton } from "@/app/_components/deploy/ui";

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
        <label htmlFor="f-q" className={label}>
          Search
        </label>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={values.q ?? ""}
          placeholder="Name or address"
          className={field}
        />
      </div>
      <div>
        <label htmlFor="f-status" className={label}>
          Status
        </label>
        <select id="f-status" name="status" defaultValue={values.status ?? ""} className={field}>
          {STATUSES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-brick" className={label}>
          Brick
        </label>
        <select id="f-brick" name="brick" defaultValue={values.brick ?? ""} className={field}>
          <option value="">Any brick</option>
          {bricks.map((b) => (
            <option key={b.slug} value={b.slug}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-network" className={label}>
          Network
        </label>
        <select id="f-network" name="network" defaultValue={values.network ?? ""} className={field}>
          <option value="">Any network</option>
          {networks.map((n) => (
            <option key={n.slug} value={n.slug}>
              {n.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={secondaryButton}>
        Filter
      </button>
    </form>
  );
}
