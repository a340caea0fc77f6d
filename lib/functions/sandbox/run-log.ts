// The function's console output, kept small: a capped number of lines, each capped in length, every
// secret value redacted before it is stored.
import { redactSecrets } from "../http/redact";

const MAX_LINES = 200;
const MAX_LINE_CHARS = 2000;

export class RunLog {
  readonly lines: string[] = [];
  private dropped = 0;

  constructor(private readonly secrets: Record<string, string>) {}

  add(level: string, text: string): void {
    if (this.lines.length >= MAX_LINES) {
      this.dropped += 1;
      return;
    }
    const clean = redactSecrets(text, this.secrets);
    const line = clean.length > MAX_LINE_CHARS ? `${clean.slice(0, MAX_LINE_CHARS)}… (cut)` : clean;
    this.lines.push(level === "log" || level === "info" ? line : `[${level}] ${line}`);
  }

  finish(): string[] {
    return this.dropped > 0 ? [...this.lines, `(${this.dropped} more log lines were dropped)`] : this.lines;
  }
}
