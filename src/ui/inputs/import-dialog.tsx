import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { ImportDerivation, ImportIssue } from '../../domain';
import { formatNumber } from '../../report/format';
import { labelledMessage, labelOf } from '../../state/field-messages';
import { previewImport, readImportFiles, runImport, type ChosenFile, type ImportPreview } from '../../state/workload-import';
import { DEFAULT_SCENARIO, SCENARIO_CONTEXT, sizingOf, useCalculator } from '../app-store';
import { TableScroll } from '../shell/table-scroll';

/** Files above 1 MiB in all are parsed in this worker, so the page keeps answering. */
const importWorker = () =>
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('../../state/import-worker.ts', import.meta.url), { type: 'module', name: 'import' });

const FORMATS =
  'CloudWatch get-metric-data (with its request file if you have it), get-metric-statistics or Metric Streams JSON; a Prometheus scrape of the JMX exporter; ' +
  'kafka-topics --describe; kafka-log-dirs --describe; aws kafka describe-cluster-v2; or the discovery file of AWS’s migrate-to-MSK skill.';

function valueText(d: ImportDerivation): string {
  if (typeof d.value === 'number') return formatNumber(d.value, 2);
  if (d.value === null) return 'none';
  return String(d.value);
}

function IssueList({ issues, title, role }: { readonly issues: readonly ImportIssue[]; readonly title: string; readonly role?: 'alert' }) {
  if (issues.length === 0) return null;
  return (
    <div className={role === 'alert' ? 'import-errors' : 'import-warnings'} role={role}>
      <h3>{title}</h3>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${issue.file}-${String(i)}`}>
            <strong>
              {issue.file}
              {issue.line === undefined ? '' : `:${String(issue.line)}`}
            </strong>
            : {issue.message} <span className="muted">({issue.code})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Import from your cluster" (SPEC §13.3): choose or drop files (several at once), see every value it
 * will set with how it was derived and every warning, then Apply as one undoable step, or Cancel.
 */
export function ImportDialog({ onClose }: { readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    element?.querySelector<HTMLElement>('h2')?.focus();
  }, []);

  const read = async (chosen: readonly ChosenFile[]) => {
    if (chosen.length === 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const { files, refused } = await readImportFiles(chosen);
      const result = await runImport(files, importWorker());
      const scenario = sizingOf(useCalculator.getState()).fullScenario ?? DEFAULT_SCENARIO;
      setPreview(
        previewImport(
          result,
          refused,
          scenario,
          SCENARIO_CONTEXT,
          chosen.map((f) => f.name),
        ),
      );
    } catch (error) {
      setFailure(`The files could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
    } finally {
      setBusy(false);
    }
  };

  const apply = () => {
    if (!preview?.merged?.ok) return;
    useCalculator.getState().loadScenario(preview.merged.value, `Imported from ${preview.source}.`, 'the import');
    dialog.current?.close();
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void read([...event.dataTransfer.files]);
  };

  const result = preview?.result;
  const mergedErrors = preview?.merged && !preview.merged.ok ? preview.merged.errors : [];
  return (
    <dialog ref={dialog} className="import-dialog" aria-labelledby="import-title" onClose={onClose}>
      <h2 id="import-title" tabIndex={-1}>
        Import from your cluster
      </h2>
      <p className="help">{FORMATS} Files are read by their content, in this browser; nothing is uploaded.</p>
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="workload-import" className="button-like">
          Choose files…
        </label>
        <input
          id="workload-import"
          type="file"
          multiple
          className="visually-hidden"
          onChange={(e) => {
            void read([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <span className="muted"> or drop up to 10 files here (20 MB each)</span>
      </div>
      <p role="status" aria-live="polite">
        {busy ? 'Reading the files…' : result ? `${result.derivations.length} values found.` : ''}
      </p>
      {failure && <p role="alert">{failure}</p>}
      {result && (
        <>
          <IssueList issues={result.errors} title="Not imported: fix these first (nothing was changed)" role="alert" />
          {result.errors.length === 0 && result.derivations.length > 0 && (
            <TableScroll label="Values the import sets">
              <table>
                <caption>What Apply sets, and how each value was found</caption>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col" className="num">
                      Value
                    </th>
                    <th scope="col">How</th>
                    <th scope="col">From</th>
                  </tr>
                </thead>
                <tbody>
                  {result.derivations.map((d) => (
                    <tr key={`${d.field}-${d.from}`}>
                      <th scope="row">{labelOf(d.field)}</th>
                      <td className="num">{valueText(d)}</td>
                      <td>{d.method}</td>
                      <td>{d.from}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <IssueList issues={result.warnings} title="Warnings" />
          {mergedErrors.length > 0 && (
            <div className="import-errors" role="alert">
              <h3>The scenario would not be valid after the import</h3>
              <ul>
                {mergedErrors.map((e) => (
                  <li key={e.field}>{labelledMessage(e)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <div className="button-row">
        <button type="button" className="primary" disabled={!preview?.merged?.ok} onClick={apply}>
          Apply
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
