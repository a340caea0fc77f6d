// Renders lib/wallet/identicon.ts as SVG. No hooks and no "use client": usable from server and
// client components. Rows are offset like courses of bricks.
import { identicon } from "@/lib/wallet/identicon";

export function Identicon({
  accountId,
  size = 32,
  className = "",
}: {
  accountId: string;
  size?: number;
  className?: string;
}) {
  const { cells, fg, bg } = identicon(accountId);
  return (
    <svg
      viewBox="0 0 12 12"
      width={size}
      height={size}
      aria-hidden
      className={`shrink-0 rounded-md ${className}`}
      style={{ background: bg }}
    >
      {cells.map((on, i) => {
        if (!on) return null;
        const row = Math.floor(i / 5);
        const col = i % 5;
        const x = 1 + col * 2 + (row % 2 ? 0.5 : 0) - 0.25;
        return <rect key={i} x={x} y={1 + row * 2} width={1.8} height={1.7} rx={0.25} fill={fg} />;
      })}
    </svg>
  );
}
