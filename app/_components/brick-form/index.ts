export { BrickForm, type BrickFormProps } from "./brick-form";
