// A small identicon drawn from an account id (32 bytes hex): a 5×5 wall of bricks, mirrored left
// to right, in two colours picked from the key. Pure and dependency-free, so it renders on the
// server (header, member lists) and in the browser (the wallet's account list) alike. It is our
// own pattern, not the Polkadot circle icon: it helps recognise an account, it does not prove one.

export type Identicon = { cells: boolean[]; fg: string; bg: string };

function bytesOf(hex: string): number[] {
  const clean = hex.replace(/^0x/, "");
  const out: number[] = [];
  for (let i = 0; i + 1 < clean.length; i += 2) out.push(parseInt(clean.slice(i, i + 2), 16) || 0);
  while (out.length < 32) out.push((out.length * 37) % 256); // short input still gives a stable picture
  return out;
}

export function identicon(accountIdHex: string): Identicon {
  const b = bytesOf(accountIdHex);
  const hue = Math.round(((b[0] << 8) | b[1]) % 360);
  const fg = `hsl(${hue} ${55 + (b[2] % 30)}% ${38 + (b[3] % 14)}%)`;
  const bg = `hsl(${(hue + 180 + (b[4] % 60) - 30 + 360) % 360} 40% 92%)`;
  const cells: boolean[] = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 5; col++) {
      const src = col < 3 ? col : 4 - col; // mirror columns 3,4 onto 1,0
      cells.push((b[5 + row * 3 + src] & 1) === 1);
    }
  }
  if (!cells.some(Boolean)) cells[12] = true; // never an empty square
  return { cells, fg, bg };
}
