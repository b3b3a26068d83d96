/**
 * The MCP server's tools (issue: agents and pipelines), over the same engine, prices and report words
 * as the page and the CLI. Read-only: no tool writes a file or reaches the network. Every input is
 * validated with the scenario's zod schema (published as JSON Schema); every failure is a tool
 * error naming the field, never a crash.
 */
import { describeValue } from '../../domain';
import { refused, type ToolAnswer } from './mcp-answers';
import { importWorkloadTool, listRegionsTool } from './mcp-data-tools';
import { compareOptionsTool, explainOptionTool, rightSizeTool, sizeScenarioTool } from './mcp-sizing-tools';
import type { ToolContext, ToolDefinition } from './mcp-tool-kit';

export type { ToolContext, ToolDefinition };

export const TOOLS: readonly ToolDefinition[] = [
  sizeScenarioTool,
  compareOptionsTool,
  importWorkloadTool,
  rightSizeTool,
  explainOptionTool,
  listRegionsTool,
];

/** Runs a tool by name; an unknown tool, bad arguments or a bug are tool errors, never a crash. */
export function callTool(name: string, args: unknown, ctx: ToolContext): ToolAnswer {
  const tool = TOOLS.find((t) => t.name === name);
  if (!tool)
    return refused([{ field: 'name', message: `no tool ${describeValue(name)}; the tools are ${TOOLS.map((t) => t.name).join(', ')}` }]);
  if (args !== undefined && (args === null || typeof args !== 'object' || Array.isArray(args)))
    return refused([{ field: '(arguments)', message: 'must be an object' }]);
  try {
    return tool.run((args ?? {}) as Record<string, unknown>, ctx);
  } catch (error) {
    return { isError: true, texts: [`${tool.name} failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
