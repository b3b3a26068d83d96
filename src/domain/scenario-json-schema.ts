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

/** A string property's allowed values (a nullable one keeps null). */
function addEnum(node: JsonObject, values: readonly string[]): void {
  if (node['type'] === 'string') node['enum'] = [...values];
  else if (Array.isArray(node['anyOf']))
    for (const option of node['anyOf'] as unknown[]) if (isObject(option) && option['type'] === 'string') option['enum'] = [...values];
}

/** Titles and descriptions from the rows, at every depth (`selfManaged.controllerCount`, `kinesis.recordSizeKiB`); region codes listed. */
function describe(node: unknown, path: string, regions: readonly string[]): void {
  if (!isObject(node)) return;
  const properties = node['properties'];
  if (isObject(properties)) {
    for (const [key, child] of Object.entries(properties)) {
      const at = path ? `${path}.${key}` : key;
      const row = rowAtPath(at);
      if (row && isObject(child)) {
        child['title'] = row.label;
        const parts = [row.help, row.unit ? `Unit: ${row.unit}.` : ''].filter((p) => p !== '');
        if (parts.length > 0) child['description'] = parts.join(' ');
        if (row.choices === 'regions' && regions.length > 0) addEnum(child, regions);
      }
      describe(child, at, regions);
    }
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    if (Array.isArray(node[key])) for (const option of node[key] as unknown[]) describe(option, path, regions);
}

/** The JSON Schema (draft 2020-12) of a scenario file as `parseScenario` reads it; `regions` (the price data's codes) are listed where a region is asked for. */
export function scenarioJsonSchema(regions: readonly string[] = []): JsonObject {
  const schema = z.toJSONSchema(baseScenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonObject;
  describe(schema, '', regions);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/msk-sizer/msk-sizer/scenario.schema.json',
    title: `MSK Sizer scenario (format ${SCENARIO_VERSION})`,
    description:
      'A workload to size and price Apache Kafka on AWS (SPEC §2). Every key is optional and takes its default. Rules across fields (peak at least the average, a broker type of the deployment, a replication pattern’s keys) are checked by the engine, which names the field.',
    ...schema,
  };
}
