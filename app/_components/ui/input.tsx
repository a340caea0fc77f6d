// Text inputs and text areas with the shared look (app/_components/ui/classes.ts); `mono` for
// addresses, hashes and other values people copy rather than read.
import type { ComponentProps } from "react";
import { inputClass, monoInputClass } from "./classes";

type TMono = { mono?: boolean };

export function Input({ mono = false, className = "", ...rest }: ComponentProps<"input"> & TMono) {
  return <input className={`${mono ? monoInputClass : inputClass} ${className}`.trim()} {...rest} />;
}

export function Textarea({ mono = false, className = "", ...rest }: ComponentProps<"textarea"> & TMono) {
  return <textarea className={`${mono ? monoInputClass : inputClass} ${className}`.trim()} {...rest} />;
}
