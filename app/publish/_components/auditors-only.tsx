// What someone without the auditor role sees on the publishing pages.
import Link from "next/link";
import { Card } from "@/app/_components/ui";

export function AuditorsOnly() {
  return (
    <Card as="div" role="alert" className="mx-auto max-w-lg space-y-2 text-center">
      <h1 className="text-xl font-semibold">Auditors only</h1>
      <p className="text-stone-600">
        Publishing brick versions and signing audits needs the auditor role. A platform admin can grant it on the Admin
        page.
      </p>
      <Link href="/" className="text-sm text-brand-600 underline">
        Back to the catalog
      </Link>
    </Card>
  );
}
