// The call to action, at the top and again at the bottom of the brick page. The bottom one has its
// own words so "Use this brick" stays one link for tests and screen-reader link lists.
import { ButtonLink } from "@/app/_components/ui/button";

export function UseBrickCta({
  slug,
  name,
  deployable,
  place,
}: {
  slug: string;
  name: string;
  deployable: boolean;
  place: "top" | "bottom";
}) {
  if (!deployable) {
    return place === "top" ? (
      <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="no-deployable-version">
        Every version of this brick was withdrawn (yanked): it cannot be deployed.
      </p>
    ) : null;
  }
  const href = `/bricks/${encodeURIComponent(slug)}/deploy`;
  if (place === "top") return <ButtonLink href={href}>Use this brick</ButtonLink>;
  return (
    <div
      className="flex flex-col items-start gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:flex-row sm:items-center sm:justify-between"
      data-testid="bottom-cta"
    >
      <p className="text-sm text-stone-800">
        Ready? The form takes a minute, and nothing is sent until you have checked the review and signed with your
        wallet.
      </p>
      <ButtonLink href={href} className="shrink-0">
        Deploy {name}
      </ButtonLink>
    </div>
  );
}
