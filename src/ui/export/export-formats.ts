/** The report model and its text formats, loaded when the export panel is near (not in the initial bundle). */
export { buildReport } from '../../report/report-model';
export { toCsv } from '../../report/to-csv';
export { toMarkdown } from '../../report/to-markdown';
