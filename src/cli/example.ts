/** The commented example scenario `cli example` prints: valid input for `cli size` as it stands. */
import { SCENARIO_FIELDS, type Scenario } from '../domain';

/** Keys that are not form fields, with what they mean. */
const EXTRA_COMMENTS: Readonly<Record<string, string>> = {
  assumptions:
    'Editable assumptions: null for the model\'s defaults, or {"tlsFactor": 0.1–1, "pageCacheShare": 0.1–0.95, "mm2MiBpsPerMcu": 0.5–100, "moveMonths": 0–12} (see the Assumptions page).',
  uncertainty:
    'Ranges and growth (SPEC §12): null for one answer, or e.g. {"peakIngressMiBps": {"low": 30, "high": 60}, "monthlyGrowthPct": {"low": 0, "likely": 3, "high": 8}, "horizonMonths": 24} (also egressToIngress, retentionHours, partitions as {low, high}; confidence 0.8, samples 2000, seed 1); each range must contain the value above.',
  replication:
    'Replication (SPEC §11): null for this cluster alone, or {"pattern": "active-passive" | "active-active" | "migration" | "aggregation", "targetRegion": "us-west-2", "replicatedShare": 1, "identicalTopicNames": false, "sourceClusters": 1, "migrationWeeks": 4, "copyExistingData": false, "tool": null}.',
  current:
    'The cluster you run today (SPEC §13), priced and right-sized: null for none, or e.g. {"deployment": "msk-standard", "instanceType": "kafka.m7g.xlarge", "brokers": 9, "volumeGiBPerBroker": 2000, "provisionedThroughputMiBps": null, "observed": {"cpuPeakPct": 24, "diskUsedPct": 40}}; `cli import` fills it from your cluster\'s files.',
  kinesis:
    'Kinesis Data Streams priced beside MSK (SPEC §15): null for the defaults, or {"recordSizeKiB": 1 (0.01–10240), "consumers": null (default: consumer groups, else peak egress ÷ peak ingress), "enhancedFanOut": false, "headroomPct": 20 (0–100)}.',
};

function line(key: string, value: unknown, last: boolean, indent = '  '): string {
  const info = SCENARIO_FIELDS.find((f) => f.key === key);
  const extra = EXTRA_COMMENTS[key];
  const comment = info ? `  // ${info.label}${info.unit ? ` (${info.unit})` : ''}: ${info.help}` : extra ? `  // ${extra}` : '';
  return `${indent}${JSON.stringify(key.split('.').pop())}: ${JSON.stringify(value)}${last ? '' : ','}${comment}`;
}

/** JSON with comments: every field of format v2 with its default and what it means. */
export function exampleScenarioText(defaults: Scenario): string {
  const { selfManaged, ...top } = defaults;
  const topEntries = Object.entries({ ...top, localRetentionHours: null });
  const lines = [
    '// MSK Sizer scenario, format 2 (format 1 files still open, migrated). Comments are allowed; missing fields take these defaults.',
    '// Size it: npm run --silent cli -- size this-file.json',
    '{',
    ...topEntries.map(([k, v]) => line(k, v, false)),
    '  "selfManaged": {',
    ...Object.entries(selfManaged).map(([k, v], i, all) => line(`selfManaged.${k}`, v, i === all.length - 1, '    ')),
    '  }',
    '}',
    '',
  ];
  return lines.join('\n');
}
