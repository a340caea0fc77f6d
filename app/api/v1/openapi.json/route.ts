// The publishing API's OpenAPI 3.1 document.
import { openApiDocument } from "@/lib/publishing/openapi";

export function GET(req: Request) {
  return Response.json(openApiDocument(new URL(req.url).origin));
}
