import Link from "next/link";

// The site-wide "not found": any address, not only a brick's (bricks have their own, in app/bricks/[slug]).
export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-stone-200 bg-white p-6 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-600">
        There is no page at this address. The link may be mistyped, or the page may have moved.
      </p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-700 underline">
        Back to the catalog
      </Link>
    </div>
  );
}
