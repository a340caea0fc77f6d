// Markdown from manifests and audit reports: GitHub-flavoured, sanitised (no raw HTML, no scripts,
// no javascript: links), rendered on the server so no Markdown code reaches the browser.
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

export function Markdown({ source }: { source: string }) {
  return (
    <div className="prose-brick">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
