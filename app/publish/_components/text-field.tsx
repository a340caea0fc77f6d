"use client";
// One labelled input or textarea of the publish form, with its zod error and its check problems.
import { get, useFormContext, useFormState } from "react-hook-form";
import { Input, Label, Textarea } from "@/app/_components/ui";
import { ProblemList } from "./problem-list";
import type { TPublishDraft } from "@/lib/publishing/schemas";

type Props = {
  name: string;
  label: string;
  help?: string;
  rows?: number;
  mono?: boolean;
  placeholder?: string;
  /** The check problems' field, when it differs from `name`. */
  problemField?: string;
};

export function TextField({ name, label, help, rows, mono, placeholder, problemField }: Props) {
  const { register } = useFormContext<TPublishDraft>();
  const { errors } = useFormState({ name: name as keyof TPublishDraft });
  const error = (get(errors, name) as { message?: string } | undefined)?.message;
  const id = `pub-${name.replace(/\W/g, "-")}`;
  const shared = {
    id,
    placeholder,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": help ? `${id}-help` : undefined,
    mono,
  };
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      {rows ? (
        <Textarea rows={rows} spellCheck={mono ? false : undefined} {...register(name as "name")} {...shared} />
      ) : (
        <Input type="text" {...register(name as "name")} {...shared} />
      )}
      {help && (
        <p id={`${id}-help`} className="text-xs text-stone-600">
          {help}
        </p>
      )}
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
      <ProblemList field={problemField ?? name} />
    </div>
  );
}
