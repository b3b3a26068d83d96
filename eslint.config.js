// ESLint: strict TypeScript rules plus import boundaries that keep the layers pointing inward
// (ui -> state -> report -> domain <- data; cli uses domain, data and report). STYLE.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, extra = {}) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map(([group, message]) => ({ group, message })), ...extra }],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/out', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
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
        [['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'recharts', 'papaparse', 'jspdf', 'node:*', 'fs', 'path'], 'The domain is pure: no UI, state, I/O or export libraries.'],
        [['../data/*', '../data', '../report/*', '../state/*', '../ui/*', '../cli/*'], 'The domain depends on nothing else in src (data depends on the domain, not the reverse).'],
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch', 'navigator', 'location', 'process'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'The domain has no clock.' }, { object: 'Math', property: 'random', message: 'The domain is deterministic.' }],
    },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: restrict([[['react', 'react-dom', 'zustand', '../report/*', '../state/*', '../ui/*', '../cli/*'], 'Data depends only on the domain.']]),
  },
  {
    files: ['src/report/**/*.ts'],
    rules: restrict([[['react', 'react-dom', 'zustand', 'recharts', '../state/*', '../ui/*', '../cli/*', '../data/*'], 'Reports are pure adapters over the domain (PDF rendering lives in ui).']]),
  },
  {
    files: ['src/state/**/*.ts'],
    rules: restrict([[['react-dom', 'recharts', '../ui/*', '../cli/*'], 'State does not import UI.']]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict([[['react', 'react-dom', 'zustand', 'recharts', '../state/*', '../ui/*'], 'The CLI uses the domain and reports, no React.']]),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['../../cli/*', '../cli/*'], message: 'The UI does not import the CLI.' },
          {
            group: ['../domain', '../../domain', '../../../domain'],
            importNames: ['parseScenario', 'parseScenarioText', 'sizeScenario', 'sizeRawScenario'],
            message: 'The UI neither parses nor sizes scenarios: use the state layer (scenario-opener, the sizing selector).',
          },
        ],
      }],
    },
  },
);
