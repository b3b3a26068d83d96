// ESLint: strict TypeScript rules plus import boundaries that keep the layers pointing inward
// (ui -> state -> report -> domain <- data; cli uses domain, data and report). STYLE.md.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, extra = {}) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map(([group, message]) => ({ group, message })), ...extra }],
});

/** Each layer and the layers it may not import, by resolved path, so the rule holds at any folder depth. */
const LAYERS = [
  {
    target: './src/domain',
    from: ['./src/data', './src/report', './src/state', './src/ui', './src/cli'],
    message: 'The domain depends on nothing else in src (data depends on the domain, not the reverse).',
  },
  { target: './src/data', from: ['./src/report', './src/state', './src/ui', './src/cli'], message: 'Data depends only on the domain.' },
  {
    target: './src/report',
    from: ['./src/data', './src/state', './src/ui', './src/cli'],
    message: 'Reports are pure adapters over the domain.',
  },
  { target: './src/state', from: ['./src/ui', './src/cli'], message: 'State does not import UI.' },
  { target: './src/cli', from: ['./src/state', './src/ui'], message: 'The CLI uses the domain, data and reports, no React.' },
];

/**
 * What the UI may take from the domain: types, the field tables, labels' data and constants it shows.
 * Parsing and sizing go through the state layer (scenario-opener, the sizing selector), so a new
 * domain function reaches the UI only by being added here on purpose.
 */
const UI_DOMAIN_ALLOWLIST = [
  'AWS_SCRIPT_DIFFERENCES',
  'COST_LINES',
  'DEFAULT_EDITABLE_ASSUMPTIONS',
  'EDITABLE_ASSUMPTION_BOUNDS',
  'EXPRESS_EGRESS_FACTOR',
  'RANGES_CHOICES',
  'RANGE_FIELDS',
  'RANGE_KEYS',
  'RECOMMENDATION_CLASSES',
  'REPLICATION_CHOICES',
  'REPLICATION_PATTERNS',
  'REPLICATION_TOOLS',
  'REPLICATION_TOOL_FEATURES',
  'REPLICATION_TOOL_GUIDANCE',
  'PATTERN_TABLE',
  'ASSUMPTION_FIELDS',
  'CURRENT_DEPLOYMENTS',
  'CURRENT_FIELDS',
  'currentFieldApplies',
  'REPLICATION_FIELDS',
  'UNCERTAINTY_FIELDS',
  'labelNote',
  'replicationFieldApplies',
  'uncertaintyRow',
  'SCENARIO_FIELDS',
  'fieldValue',
  'likelyValue',
  'listAssumptions',
  'nearbyRegion',
  'scenarioContextOf',
  // Types
  'EditableAssumptions',
  'FieldError',
  'FieldGroup',
  'FieldInfo',
  'CurrentDeployment',
  'CurrentResult',
  'ImportDerivation',
  'ImportIssue',
  'ReplicationKey',
  'UncertaintyField',
  'UncertaintyKey',
  'PriceBook',
  'PriceListOffer',
  'KINESIS_FIELDS',
  'KINESIS_CHOICES',
  'KINESIS_ALTERNATIVE_NAMES',
  'KINESIS_COST_LINES',
  'KinesisAlternative',
  'KinesisKey',
  'KinesisTradeoff',
  'RangesResult',
  'ReplicationPattern',
  'ReplicationResult',
  'Scenario',
  'SizedOption',
  'SizingResult',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/out', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts', 'test/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      // No import cycles, type-only imports included: the structure drawn from the imports is a tree of layers.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE rule 6).' }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      ...restrict([
        [
          ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'recharts', 'papaparse', 'jspdf', 'node:*', 'fs', 'path'],
          'The domain is pure: no UI, state, I/O or export libraries.',
        ],
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch', 'navigator', 'location', 'process'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The domain has no clock.' },
        { object: 'Math', property: 'random', message: 'The domain is deterministic.' },
      ],
    },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: restrict([[['react', 'react-dom', 'zustand'], 'Data depends only on the domain.']]),
  },
  {
    files: ['src/report/**/*.ts'],
    rules: restrict([
      [
        ['react', 'react-dom', 'zustand', 'recharts'],
        'Reports are adapters over the domain; the PDF renderer (src/report/pdf) reads only the report model.',
      ],
    ]),
  },
  {
    files: ['src/state/**/*.ts'],
    rules: restrict([[['react-dom', 'recharts'], 'State does not import UI.']]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict([[['react', 'react-dom', 'zustand', 'recharts'], 'The CLI uses the domain and reports, no React.']]),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/cli/*', '**/cli'], message: 'The UI does not import the CLI.' },
            {
              group: ['**/domain'],
              allowImportNames: UI_DOMAIN_ALLOWLIST,
              message:
                'The UI takes from the domain only what UI_DOMAIN_ALLOWLIST (eslint.config.js) lists; parsing and sizing go through the state layer (scenario-opener, the sizing selector).',
            },
            { group: ['**/domain/*', '**/domain/**'], message: 'The UI imports the domain through its public index only.' },
          ],
        },
      ],
    },
  },
);
