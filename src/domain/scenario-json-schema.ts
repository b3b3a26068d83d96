/**
 * The scenario's JSON Schema (format 2, SPEC §2), for editors, CI validation of scenario files and
 * the MCP server's tool inputs: generated from the same zod schema that validates every boundary,
 * each property titled and described from its field-table row. Rules across fields (peak ≥ average,
 * a broker type of the deployment, the pattern's keys) are not expressible here: the engine checks
 * them and names the field.
 */
import './zod-setup';
import { z } from 'zod';
import { baseScenarioSchema, rowAtPath, SCENARIO_VERSION } from './scenario';

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Titles and descriptions from the rows, at every depth (`selfManaged.controllerCount`, `kinesis.recordSizeKiB`). */
function describe(node: unknown, path: string): void {
  if (!isObject(node)) return;
  const properties = node['properties'];
  if (isObject(properties)) {
    for (const [key, child] of Object.entries(properties)) {
      const at = path ? `${path}.${key}` : key;
      const row = rowAtPath(at);
      if (row && isObject(child)) {
        child['title'] = row.label;
        child['description'] = row.unit ? `${row.help} Unit: ${row.unit}.` : row.help;
      }
      describe(child, at);
    }
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    if (Array.isArray(node[key])) for (const option of node[key] as unknown[]) describe(option, path);
}

/** The JSON Schema (draft 2020-12) of a scenario file as `parseScenario` reads it. */
export function scenarioJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(baseScenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonObject;
  describe(schema, '');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/msk-sizer/msk-sizer/scenario.schema.json',
    title: `MSK Sizer scenario (format ${SCENARIO_VERSION})`,
    description:
      'A workload to size and price Apache Kafka on AWS (SPEC §2). Every key is optional and takes its default. Rules across fields (peak at least the average, a broker type of the deployment, a replication pattern’s keys) are checked by the engine, which names the field.',
    ...schema,
  };
}
