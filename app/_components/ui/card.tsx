// A white box with a title: the building block of the deploy, instance and team pages.
import type { ReactNode } from "react";
import { cardClass } from "./classes";

export function Card({
  title,
  id,
  children,
  className = "",
  testId,
}: {
  title?: ReactNode;
  id?: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section
      className={`${cardClass} min-w-0 ${className}`.trim()}
      aria-labelledby={title && id ? id : undefined}
      data-testid={testId}
    >
      {title && (
        <h2 id={id} className="mb-2 text-lg font-semibold">
          {title}
        </h2>
      )}
      {children}
    </section>
  );
}
