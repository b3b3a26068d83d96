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

/** A JSON block, on one line: a result is large, and an assistant reads it by tokens, not by lines. */
export const json = (value: unknown): string => JSON.stringify(value);

/** A refused input: one line per problem naming its field, then the same as JSON `{errors: [{field, message}]}`. */
export function refused(errors: readonly Pick<FieldError, 'field' | 'message'>[]): ToolAnswer {
  // A scenario's messages already start with their key ("peakIngressMiBps = -5: …"): not twice.
  const line = (e: Pick<FieldError, 'field' | 'message'>) =>
    e.message.startsWith(e.field.split('.').slice(-1)[0] ?? e.field) && !e.field.includes('.')
      ? `- ${e.message}`
      : `- ${e.field}: ${e.message}`;
  return {
    isError: true,
    texts: [
      `The input is not valid:\n${errors.map(line).join('\n')}`,
      json({ errors: errors.map((e) => ({ field: e.field, message: e.message })) }),
    ],
  };
}
