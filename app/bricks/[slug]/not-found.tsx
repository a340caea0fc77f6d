import Link from "next/link";

export default function BrickNotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-stone-200 bg-white p-6 text-center">
      <h1 className="text-xl font-semibold">Brick not found</h1>
      <p className="mt-2 text-stone-600">No brick has this name. It may have been renamed, or the link has a typo.</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-600 underline">
        Browse the catalog
      </Link>
    </div>
  );
}
