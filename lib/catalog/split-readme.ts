// A brick's description (its README) cut into the parts the brick page places separately: the
// opening paragraphs, the sections for the people who deploy it, and the sections for developers,
// which the page folds away. The README's own title is dropped (the page shows the brick's name),
// and sections the page already answers from the manifest are marked so they are not shown twice.
// Browser-safe and pure: only text in, text out.

export type TReadmeSectionKind = "does" | "fields" | "link" | "after" | "risks" | "developers" | "other";
export type TReadmeSection = { title: string; body: string; kind: TReadmeSectionKind };
export type TReadmeParts = { intro: string; sections: TReadmeSection[] };

/** Headings are matched loosely, so an author's "What you choose" counts as the fields section. */
const KINDS: [TReadmeSectionKind, RegExp][] = [
  ["developers", /developer|measured|gas|abi|interface|technical|build|code comes from|source code/i],
  ["fields", /field|what you (choose|enter|fill)|settings you choose|configuration/i],
  ["link", /link/i],
  ["after", /after deploy/i],
  ["risks", /risk|limit/i],
  ["does", /what it does|how it works/i],
];

function kindOf(title: string): TReadmeSectionKind {
  for (const [kind, re] of KINDS) if (re.test(title)) return kind;
  return "other";
}

/** Drops HTML comments (the measuring script's markers): they are for the script, not for readers. */
const stripComments = (s: string) => s.replace(/<!--[\s\S]*?-->/g, "").trim();

export function splitReadme(markdown: string): TReadmeParts {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const sections: TReadmeSection[] = [];
  const intro: string[] = [];
  let current: { title: string; lines: string[] } | null = null;
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const h2 = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (!fenced && !current && /^#\s+/.test(line)) continue; // the README's title: the page shows the name
    if (h2) {
      if (current)
        sections.push({
          title: current.title,
          body: stripComments(current.lines.join("\n")),
          kind: kindOf(current.title),
        });
      current = { title: h2[1], lines: [] };
      continue;
    }
    (current ? current.lines : intro).push(line);
  }
  if (current)
    sections.push({ title: current.title, body: stripComments(current.lines.join("\n")), kind: kindOf(current.title) });
  return { intro: stripComments(intro.join("\n")), sections: sections.filter((s) => s.body.length > 0) };
}
