// The one set of Tailwind class lists for buttons, inputs and cards (stone + brand, as
// app/globals.css). The components beside this file use them; the older per-area class-string files
// (deploy/ui.ts, brick-form/styles.ts, teams/_components/ui.ts) are gone: pages use the components, and
// these lists only where no component fits (a plain <a> styled as a button, monospace text).
const disabled = "disabled:cursor-not-allowed disabled:opacity-50";

export const buttonClasses = {
  primary: `inline-flex items-center justify-center gap-2 rounded-md bg-brand-500 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600 ${disabled}`,
  secondary: `inline-flex items-center justify-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 hover:border-brand-500 hover:text-brand-600 ${disabled}`,
  danger: `inline-flex items-center justify-center gap-2 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm text-red-700 hover:bg-red-50 ${disabled}`,
  small: `inline-flex items-center gap-1 rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs text-stone-700 hover:border-brand-500 hover:text-brand-600 ${disabled}`,
} as const;
export type TButtonVariant = keyof typeof buttonClasses;

export const inputClass =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 aria-[invalid=true]:border-red-400";
export const monoInputClass = `${inputClass} font-mono text-xs`;
export const labelClass = "block text-sm font-medium text-stone-800";
export const cardClass = "rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5";
export const monoClass = "font-mono text-xs break-all";
