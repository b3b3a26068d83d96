/**
 * `npm run mcp`: MSK Sizer as a Model Context Protocol server on stdio (the official TypeScript SDK).
 * Assistants size, compare, import, right-size and explain with the same engine and bundled prices
 * as the page and the CLI. Read-only, offline: it writes nothing and fetches nothing.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { BUNDLED_PRICE_BOOK } from '../../data/bundled-prices';
import { callTool, TOOLS } from './mcp-tools';

const server = new Server(
  { name: 'msk-sizer', version: '0.1.0' },
  {
    capabilities: { tools: {} },
    instructions:
      'Sizes and prices Apache Kafka on AWS (MSK Standard, Express, Serverless, self-managed on EC2) and Kinesis Data Streams beside it, with every figure derived and sourced. Start with size_scenario; explain_option says why N brokers; right_size takes a scenario with a "current" block; list_regions_and_prices gives the price date and sources.',
  },
);

server.setRequestHandler(ListToolsRequestSchema, () =>
  Promise.resolve({
    tools: TOOLS.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.description,
      inputSchema: t.inputSchema as { type: 'object'; [key: string]: unknown },
      annotations: { title: t.title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    })),
  }),
);

server.setRequestHandler(CallToolRequestSchema, (request) => {
  const today = new Date().toISOString().slice(0, 10);
  const result = callTool(request.params.name, request.params.arguments, { priceBook: BUNDLED_PRICE_BOOK, today });
  return Promise.resolve({ content: result.texts.map((text) => ({ type: 'text' as const, text })), isError: result.isError });
});

// A line that is not JSON-RPC is dropped by the SDK's transport; say so where a developer looks (stdout is the protocol's).
server.onerror = (error) => {
  process.stderr.write(`msk-sizer mcp: ${error.message}\n`);
};

await server.connect(new StdioServerTransport());
