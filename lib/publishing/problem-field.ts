// Which box of the publish form a checkBrick problem belongs to, from its JSON path, so each
// message is shown next to what has to change. Browser-safe.

/** Form field for a manifest JSON path ("$.constructor.args.total_supply" → "constructorArgs:total_supply"). */
export function problemField(jsonPath: string, inBundle = false): string {
  if (inBundle) return "bundleText";
  const m = /^\$(?:\.([A-Za-z_$][\w$]*)|\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\])?(.*)$/.exec(jsonPath);
  const top = m?.[1] ?? m?.[2];
  const rest = m?.[4] ?? "";
  switch (top) {
    case undefined:
    case "formatVersion":
    case "$schema":
      return "_";
    case "constructor": {
      const arg = /^\.args(?:\.([A-Za-z_][\w]*)|\["([^"]+)"\])/.exec(rest);
      if (arg) return `constructorArgs:${arg[1] ?? arg[2]}`;
      return "constructorName";
    }
    case "config":
      return "configText";
    case "link":
      return "linkText";
    case "settings":
      return "settingsText";
    case "tags":
      return "tagsText";
    case "networks":
      return "networksText";
    case "contract":
      return "bundleText";
    default:
      return top;
  }
}
