// The shared UI building blocks, one import for a page: `import { Button, Card } from "@/app/_components/ui"`.
export { Button, ButtonLink } from "./button";
export { Card } from "./card";
export { Field, Label } from "./field";
export { Input, Textarea } from "./input";
export { Select } from "./select";
export { buttonClasses, monoClass } from "./classes";
