import { useRef, useState, type DragEvent } from 'react';
import { useCalculator } from '../app-store';
import { selectNotify } from '../../state/selectors';

/** Import a scenario file (button or drag and drop), with the same validation as everywhere else. */
export function ScenarioImport() {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const notify = useCalculator(selectNotify);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 1_048_576) {
      notify('error', `${file.name} is larger than 1 MiB, so it is not a scenario file; nothing was changed.`);
      return;
    }
    useCalculator.getState().openScenario(await file.text(), { kind: 'file', fileName: file.name });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void importFile(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="import-drop-zone"
    >
      <label htmlFor="scenario-import" className="button-like">
        Import scenario (JSON)…
      </label>
      <input
        ref={input}
        id="scenario-import"
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={(e) => {
          void importFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <span className="muted"> or drop a scenario file here</span>
    </div>
  );
}
