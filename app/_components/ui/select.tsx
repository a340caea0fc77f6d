// A select box with the shared input look; options as { value, label }.
import type { ComponentProps } from "react";
import { inputClass } from "./classes";

type TSelectProps = Omit<ComponentProps<"select">, "children"> & { options: { value: string; label: string }[] };

export function Select({ options, className = "", ...rest }: TSelectProps) {
  return (
    <select className={`${inputClass} ${className}`.trim()} {...rest}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
