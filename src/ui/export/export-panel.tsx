import { useEffect, useState, memo } from 'react';
import type { Scenario, SizingResult } from '../../domain';
import { reportFileName } from '../../report/file-names';
import { optionLabel } from '../../report/labels';
import { toTerraform } from '../../report/to-terraform';
import { useCalculator } from '../app-store';
import { usePriceBook } from '../price-book-context';
import { downloadBlob, downloadText, todayIso } from './download';
import { ScenarioImport } from './scenario-import';
import { CopyButton } from '../shell/copy-button';
import { resultForExport } from '../../state/ranges-export';
import { finishedRanges } from '../../state/ranges-follow';
import { selectCompare, selectNotify, selectSelectedOptionId } from '../../state/selectors';

/** Exports that say what the screen says: PDF, CSV, JSON, Markdown and a Terraform starting point. */
/** The report model, CSV and Markdown writers (papaparse included) load once, after the page's first results. */
let formats: Promise<typeof import('./export-formats')> | null = null;
const loadFormats = () => (formats ??= import('./export-formats'));

/**
 * `scenario`: the whole scenario behind `result` (the page sizes the result without its uncertainty
 * block). Its ranges come from the store's ranges slice: an export waits for the worker to finish
 * them, never sizing the futures again on this thread.
 */
export const ExportPanel = memo(function ExportPanel({
  result,
  scenario = result.scenario,
}: {
  readonly result: SizingResult;
  readonly scenario?: Scenario;
}) {
  const compare = useCalculator(selectCompare);
  const priceBook = usePriceBook();
  const selected = useCalculator(selectSelectedOptionId);
  const notify = useCalculator(selectNotify);
  const [busy, setBusy] = useState(false);
  const terraformChoices = result.options.filter((o) => o.deployment !== 'self-managed' && o.monthlyCostUsd !== null);
  const [terraformId, setTerraformId] = useState<string | null>(null);
  const chosenTerraform =
    terraformId ??
    (terraformChoices.some((o) => o.id === selected) ? selected : result.recommendations.overall) ??
    terraformChoices[0]?.id ??
    '';
  const terraform = toTerraform(result, chosenTerraform);
  const today = todayIso();
  const name = result.scenario.name;
  const full = async () => resultForExport(result, scenario, scenario.uncertainty ? await finishedRanges(useCalculator, scenario) : null);
  const report = async () => (await loadFormats()).buildReport(await full(), priceBook, today, compare);
  // Loaded while the page is idle, so a click finds them ready (the clipboard wants a prompt answer to the click).
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void loadFormats());
  }, []);
  const asText = (make: (f: Awaited<ReturnType<typeof loadFormats>>, r: Awaited<ReturnType<typeof report>>) => string) => async () =>
    make(await loadFormats(), await report());
  const csv = asText((f, r) => f.toCsv(r));
  const markdown = asText((f, r) => f.toMarkdown(r));

  // An export with ranges waits for the worker's answer; the note says so while it does.
  const waiting = useCalculator(
    (s) => scenario.uncertainty !== null && !(s.ranges?.scenario === scenario && s.ranges.update.phase === 'done'),
  );
  const exporting = (make: () => Promise<void>) => () => {
    make().catch((error: unknown) =>
      notify('error', `The export could not be made: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const downloadPdf = async () => {
    setBusy(true);
    try {
      const { renderPdfReport } = await import('../../report/pdf/pdf-report');
      downloadBlob(reportFileName(name, today, 'pdf'), await renderPdfReport(await report()));
    } catch (error) {
      notify('error', `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const copyButton = (label: string, text: () => Promise<string>, what: string) => (
    <CopyButton
      label={label}
      text={text}
      copied={`${what} copied to the clipboard.`}
      unavailable="The clipboard is not available here: use the download instead."
    />
  );

  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">Export and import</h2>
      <div className="toolbar">
        <button type="button" className="primary" disabled={busy} aria-busy={busy} onClick={() => void downloadPdf()}>
          {busy ? 'Making the PDF…' : 'Download PDF report'}
        </button>
        <button type="button" onClick={exporting(async () => downloadText(reportFileName(name, today, 'csv'), await csv(), 'text/csv'))}>
          Download CSV
        </button>
        {copyButton('Copy Markdown summary', markdown, 'Markdown summary')}
        <button
          type="button"
          onClick={exporting(async () => downloadText(reportFileName(name, today, 'md'), await markdown(), 'text/markdown'))}
        >
          Download Markdown
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(reportFileName(name, today, 'scenario.json'), `${JSON.stringify(scenario, null, 2)}\n`, 'application/json')
          }
        >
          Export scenario (JSON)
        </button>
        <button
          type="button"
          onClick={exporting(async () =>
            downloadText(reportFileName(name, today, 'result.json'), `${JSON.stringify(await full(), null, 2)}\n`, 'application/json'),
          )}
        >
          Export full result (JSON)
        </button>
      </div>
      {waiting && (
        <p className="help" role="status">
          The ranges and growth are still being worked out: an export made now waits for them (a second or so).
        </p>
      )}
      <ScenarioImport />
      <details className="terraform">
        <summary>Terraform starting point</summary>
        <label className="inline-field">
          <span>MSK option</span>
          <select value={chosenTerraform} onChange={(e) => setTerraformId(e.target.value)}>
            {terraformChoices.map((o) => (
              <option key={o.id} value={o.id}>
                {optionLabel(o)}
              </option>
            ))}
          </select>
        </label>
        {terraform ? (
          <>
            <div className="toolbar">
              {copyButton('Copy Terraform', () => Promise.resolve(terraform), 'Terraform')}
              <button type="button" onClick={() => downloadText(reportFileName(name, today, 'tf'), terraform, 'text/plain')}>
                Download .tf
              </button>
            </div>
            <pre className="code" tabIndex={0} aria-label="Terraform code">
              <code>{terraform}</code>
            </pre>
          </>
        ) : (
          <p>Terraform is offered for MSK options (Standard, Express, Serverless).</p>
        )}
      </details>
    </section>
  );
});
