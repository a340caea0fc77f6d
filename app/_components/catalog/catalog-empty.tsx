import Link from "next/link";

export function CatalogEmpty({ filtered }: { filtered: boolean }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center">
      {filtered ? (
        <>
          <p className="font-medium">No bricks match these filters.</p>
          <p className="mt-1 text-sm text-stone-600">Try fewer words, or another category or network.</p>
          <Link href="/" className="mt-3 inline-block text-sm font-medium text-brand-600 underline">Clear all filters</Link>
        </>
      ) : (
        <>
          <p className="font-medium">No bricks have been published yet.</p>
          <p className="mt-1 text-sm text-stone-600">Bricks in the bricks/ folder are published when the app starts; auditors can publish more.</p>
        </>
      )}
    </div>
  );
}
