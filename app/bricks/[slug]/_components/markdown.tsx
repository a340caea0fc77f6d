// Markdown from manifests and audit reports: GitHub-flavoured, sanitised (no raw HTML, no scripts,
// no javascript: links), rendered on the server so no Markdown code reaches the browser.
// Headings are shifted down two levels: the page owns <h1>, and the section around it owns <h2>.
import type { ComponentProps } from "react";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

const h = (Tag: "h3" | "h4" | "h5" | "h6") =>
  function Heading(props: ComponentProps<"h3"> & { node?: unknown }) {
    const { node, ...rest } = props;
    void node; // react-markdown's AST node: not an HTML attribute
    return <Tag {...rest} />;
  };

const components = { h1: h("h3"), h2: h("h4"), h3: h("h5"), h4: h("h6"), h5: h("h6"), h6: h("h6") };

export function Markdown({ source }: { source: string }) {
  return (
    <div className="prose-brick">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
