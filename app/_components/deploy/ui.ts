// Class lists of the deploy flow, the instance page and the dashboard: the shared ones from
// app/_components/ui/classes.ts under the names these pages use.
import { buttonClasses, cardClass, inputClass, labelClass, monoClass } from "@/app/_components/ui/classes";

export const card = cardClass;
export const primaryButton = buttonClasses.primary;
export const secondaryButton = buttonClasses.secondary;
export const field = inputClass;
export const label = labelClass;
export const mono = monoClass;
