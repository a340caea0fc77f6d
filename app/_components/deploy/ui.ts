// Class lists shared by the deploy flow, the instance page and the dashboard (stone + brand).
export const card = "rounded-lg border border-stone-200 bg-white p-4 shadow-sm";
export const primaryButton =
  "inline-flex items-center justify-center gap-2 rounded-md bg-brand-500 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600 disabled:cursor-not-allowed disabled:opacity-50";
export const secondaryButton =
  "inline-flex items-center justify-center rounded-md border border-stone-300 bg-white px-4 py-2 text-sm text-stone-800 hover:border-brand-500 hover:text-brand-600 disabled:cursor-not-allowed disabled:opacity-50";
export const field = "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30";
export const label = "block text-sm font-medium text-stone-800";
export const mono = "font-mono text-xs break-all";
