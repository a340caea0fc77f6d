// A select box with the shared input look; options as { value, label }, or as <option> children
// where a page needs groups or disabled entries.
import type { ComponentProps } from "react";
import { inputClass } from "./classes";

type TSelectProps = ComponentProps<"select"> & { options?: { value: string; label: string }[] };

export function Select({ options, className = "", children, ...rest }: TSelectProps) {
  return (
    <select className={`${inputClass} ${className}`.trim()} {...rest}>
      {options
        ? options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))
        : children}
    </select>
  );
}
