// One plain message per edge problem (lib/http/inspect-value.ts), as the AppError every caller maps.
import { AppError } from "@/lib/errors";
import type { TValueProblem } from "./inspect-value";

export function edgeError(problem: TValueProblem): AppError {
  switch (problem.kind) {
    case "unicode":
      return new AppError("BAD_INPUT", {
        userMessage: `The field "${problem.path}" contains broken text (an invalid Unicode character). Remove it and try again.`,
        fields: { [problem.path]: ["Contains an invalid Unicode character (a lone surrogate)."] },
      });
    case "depth":
      return new AppError("BAD_INPUT", {
        userMessage: `The request nests lists or objects too deeply (at "${problem.path}").`,
        fields: { [problem.path]: ["Nested too deeply."] },
      });
    case "size":
      return new AppError("TOO_LARGE", { userMessage: "The request holds more data than this page or API accepts." });
  }
}
