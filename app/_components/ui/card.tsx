// A white box, optionally with a title: the building block of the deploy, instance, team, publish
// and admin pages. `as` keeps the element a page had (a section, a div, a list item); other props
// (aria-labelledby, data-testid …) pass through.
import type { ComponentProps, ReactNode } from "react";
import { cardClass } from "./classes";

type TCardProps = Omit<ComponentProps<"section">, "title"> & {
  as?: "section" | "div" | "li" | "article" | "form";
  title?: ReactNode;
  testId?: string;
};

export function Card({ as = "section", title, id, children, className = "", testId, ...rest }: TCardProps) {
  // Typed as a section: every `as` takes the same global HTML attributes, which is all a card passes on.
  const Tag = as as "section";
  const withTitle = Boolean(title && id);
  return (
    <Tag
      className={`${cardClass} min-w-0 ${className}`.trim()}
      aria-labelledby={withTitle ? id : undefined}
      data-testid={testId}
      id={withTitle ? undefined : id}
      {...rest}
    >
      {title && (
        <h2 id={id} className="mb-2 text-lg font-semibold">
          {title}
        </h2>
      )}
      {children}
    </Tag>
  );
}
