// One part of the brick's README (lib/catalog/split-readme.ts), as a titled block or folded away.
import type { TReadmeSection } from "@/lib/catalog/split-readme";
import { Markdown } from "./markdown";

export function ReadmePart({ section, folded }: { section: TReadmeSection; folded?: string }) {
  if (folded) {
    return (
      <details className="mt-3 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
        <summary className="cursor-pointer font-medium text-stone-700">{folded}</summary>
        <div className="mt-2">
          <Markdown source={section.body} />
        </div>
      </details>
    );
  }
  return (
    <div className="mt-4 first:mt-0">
      <h3 className="mb-1 text-base font-semibold">{section.title}</h3>
      <Markdown source={section.body} />
    </div>
  );
}
