import Link from "next/link";

export default function TeamNotFound() {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-stone-200 bg-white p-6 text-center">
      <h1 className="text-xl font-semibold">Team not found</h1>
      <p className="mt-2 text-stone-600">
        This team does not exist, or you are not a member of it. Ask one of its owners for an invite.
      </p>
      <Link href="/teams" className="mt-4 inline-block text-sm font-medium text-brand-600 underline">
        Back to your teams
      </Link>
    </div>
  );
}
