/**
 * What the MCP tools answer with: text blocks (a short Markdown summary first, then JSON), or an
 * error naming each field and what is wrong with it, the way scenario files are told.
 */
import type { FieldError } from '../../domain';

export interface ToolAnswer {
  readonly isError: boolean;
  /** Text blocks, in order. */
  readonly texts: readonly string[];
}

export const answer = (...texts: string[]): ToolAnswer => ({ isError: false, texts });

/** A JSON block: the same 2-space layout as `cli … --format json`. */
export const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** A refused input: one line per problem, "field: message". */
export function refused(errors: readonly Pick<FieldError, 'field' | 'message'>[]): ToolAnswer {
  return {
    isError: true,
    texts: [`The input is not valid:\n${errors.map((e) => `- ${e.field}: ${e.message}`).join('\n')}`],
  };
}
