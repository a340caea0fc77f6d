// Class lists of the brick form: the shared ones from app/_components/ui/classes.ts.
import {
  buttonClasses,
  inputClass as sharedInput,
  monoInputClass as sharedMonoInput,
} from "@/app/_components/ui/classes";

export const inputClass = sharedInput;
export const monoInputClass = sharedMonoInput;
export const smallButton = buttonClasses.small;
export const submitButton = buttonClasses.primary;
