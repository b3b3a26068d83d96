/**
 * Collects warnings and errors while files are read. A hostile file (a million broken lines) must
 * not produce a million messages: each file keeps its first few of each kind, then one summary.
 */
import type { ImportIssue } from './import-types';

/** Issues of one kind kept per file and code before the rest are only counted. */
const MAX_ISSUES_PER_FILE_AND_CODE = 20;

type Kind = 'warning' | 'error';

/** `{ line }` when the line is known, so optional keys stay absent (exactOptionalPropertyTypes). */
export function atLine(line: number | undefined): { readonly line?: number } {
  return line === undefined ? {} : { line };
}

/** `{ field }` when the key path or field is known. */
export function atField(field: string | undefined): { readonly field?: string } {
  return field === undefined ? {} : { field };
}

export class IssueLog {
  private readonly kept: Record<Kind, ImportIssue[]> = { warning: [], error: [] };
  private readonly counts = new Map<string, number>();

  warn(issue: ImportIssue): void {
    this.add('warning', issue);
  }

  error(issue: ImportIssue): void {
    this.add('error', issue);
  }

  get hasErrors(): boolean {
    return this.kept.error.length > 0;
  }

  /** Errors so far in `file`, to tell whether a reader met a problem there. */
  errorCountIn(file: string): number {
    let count = 0;
    for (const issue of this.kept.error) if (issue.file === file) count += 1;
    return count;
  }

  /** The kept issues, each kind followed by a summary per file and code whose issues were cut short. */
  finish(): { readonly warnings: readonly ImportIssue[]; readonly errors: readonly ImportIssue[] } {
    const summaries: Record<Kind, ImportIssue[]> = { warning: [], error: [] };
    for (const [key, count] of this.counts) {
      if (count <= MAX_ISSUES_PER_FILE_AND_CODE) continue;
      const [kind, file, code] = key.split('\u0000') as [Kind, string, string];
      const more = count - MAX_ISSUES_PER_FILE_AND_CODE;
      summaries[kind].push({
        code,
        file,
        message: `${more} more ${kind === 'error' ? 'errors' : 'warnings'} like the ones above (${code})`,
      });
    }
    return { warnings: [...this.kept.warning, ...summaries.warning], errors: [...this.kept.error, ...summaries.error] };
  }

  private add(kind: Kind, issue: ImportIssue): void {
    const key = `${kind}\u0000${issue.file}\u0000${issue.code}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= MAX_ISSUES_PER_FILE_AND_CODE) this.kept[kind].push(issue);
  }
}
