// "Edit" a function instance: the configure form again, filled in with its current inputs and trigger
// (secrets stay hidden: an empty field keeps the stored value). Operators of its team only; a viewer
// is told so, another team gets a 404. Each save is a new configuration version (history on the page).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import type { ConfigValues } from "@/lib/bricks/config-schema";
import { AppError } from "@/lib/errors";
import { getEditableFunction } from "@/lib/functions/config-versions/get-editable-function";
import { Card } from "@/app/_components/ui";
import { ConfigureFunction } from "@/app/functions/[slug]/configure/configure-function";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a function" };

type Props = { params: Promise<{ id: string }> };

export default async function EditFunctionPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/function-instances/${id}/edit`);
  let e: Awaited<ReturnType<typeof getEditableFunction>>;
  try {
    e = await getEditableFunction({ actorId: user.id, instanceId: id });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "CONFLICT"))
      return (
        <Card as="div" role="alert" className="mx-auto max-w-3xl space-y-2">
          <p>{error.userMessage}</p>
          <Link href={`/function-instances/${id}`} className="text-brand-600 underline">
            Back to the function
          </Link>
        </Card>
      );
    throw error;
  }
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/function-instances/${id}`} className="text-brand-600 underline">
          {e.name}
        </Link>{" "}
        <span aria-hidden>/</span> Edit
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">Edit {e.name}</h1>
        <p className="text-stone-700">
          Configuration version {e.version}. Saving makes version {e.version + 1}; the function page keeps the history.
        </p>
      </header>
      <ConfigureFunction
        {...e.form}
        edit={{
          instanceId: id,
          name: e.name,
          input: e.input as ConfigValues,
          schedule: e.schedule,
          event: e.event,
          secretNames: e.secretNames,
        }}
      />
    </div>
  );
}
