// Tailwind class lists of the brick form, in one place (stone + brand, as app/globals.css).
export const inputClass =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 aria-[invalid=true]:border-red-400";
export const monoInputClass = `${inputClass} font-mono text-xs`;
export const smallButton =
  "inline-flex items-center rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs text-stone-700 hover:border-brand-500 hover:text-brand-600 disabled:cursor-not-allowed disabled:opacity-50";
export const submitButton =
  "inline-flex items-center justify-center rounded-md bg-brand-500 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600 disabled:cursor-not-allowed disabled:opacity-50";
