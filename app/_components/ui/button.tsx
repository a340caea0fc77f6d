// A button, or a link that looks like one, in one of the shared variants.
import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClasses, type TButtonVariant } from "./classes";

type TButtonProps = ComponentProps<"button"> & { variant?: TButtonVariant };

export function Button({ variant = "primary", className = "", type = "button", ...rest }: TButtonProps) {
  return <button type={type} className={`${buttonClasses[variant]} ${className}`.trim()} {...rest} />;
}

type TLinkProps = ComponentProps<typeof Link> & { variant?: TButtonVariant };

export function ButtonLink({ variant = "primary", className = "", ...rest }: TLinkProps) {
  return <Link className={`${buttonClasses[variant]} ${className}`.trim()} {...rest} />;
}
