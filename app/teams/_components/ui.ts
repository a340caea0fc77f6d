// Class lists of the team, invite and admin screens: the shared ones from app/_components/ui/classes.ts.
import { buttonClasses, cardClass, inputClass } from "@/app/_components/ui/classes";

export const btnPrimary = buttonClasses.primary;
export const btnSecondary = buttonClasses.secondary;
export const btnDanger = buttonClasses.danger;
export const input = inputClass;
export const card = cardClass;
