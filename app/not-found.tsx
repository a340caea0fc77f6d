import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-stone-200 bg-white p-6 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-600">There is nothing here. The brick may have been renamed or never existed.</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-600 underline">Back to the catalog</Link>
    </div>
  );
}
