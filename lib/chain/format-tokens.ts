// Base units (planck) → "0.418 PAS". Browser-safe; exact (bigint), rounded to `digits` decimals
// but never to zero: a tiny non-zero amount shows as "< 0.0001 PAS".
export function formatTokens(planck: bigint | string | number, decimals: number, symbol: string, digits = 4): string {
  const v = BigInt(planck);
  const negative = v < 0n;
  const abs = negative ? -v : v;
  const shown = Math.min(digits, decimals);
  const scale = 10n ** BigInt(decimals - shown);
  const rounded = (abs + scale / 2n) / scale; // in units of 10^-shown tokens
  if (abs > 0n && rounded === 0n) return `< ${(1 / 10 ** shown).toFixed(shown)} ${symbol}`;
  const whole = rounded / 10n ** BigInt(shown);
  const frac = (rounded % 10n ** BigInt(shown)).toString().padStart(shown, "0").replace(/0+$/, "");
  const wholeText = whole.toLocaleString("en-US");
  return `${negative ? "-" : ""}${wholeText}${frac ? `.${frac}` : ""} ${symbol}`;
}
