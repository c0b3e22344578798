import type { FileResult } from './types';

/**
 * Exactly one JSON array, `[{file, diagnostics: [{code, severity, message, range}]}]`, zero-based
 * like LSP. Only these fields are written, so scripts can rely on the shape.
 */
export function formatJson(results: readonly FileResult[]): string {
  const shaped = results.map(({ file, diagnostics }) => ({
    file,
    diagnostics: diagnostics.map(({ code, severity, message, range }) => ({
      code,
      severity,
      message,
      range: {
        start: { line: range.start.line, character: range.start.character },
        end: { line: range.end.line, character: range.end.character },
      },
    })),
  }));
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
