import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../domain';
import { PRESETS } from '../../state/presets';
import { prepareRanges } from '../ranges/use-ranges';
import { hashFromScenarioInput, scenarioDelta } from '../../state/url-scenario';
import { CopyButton } from '../shell/copy-button';
import { DEFAULT_SCENARIO, useCalculator } from '../app-store';
import { selectDeleteSaved, selectLastUndo, selectLoadScenario, selectSaveScenario, selectSaved, selectUndo } from '../../state/selectors';

/** Presets, reset, save and reopen named scenarios, copy a link. */
export function ScenarioToolbar({ scenario }: { readonly scenario: Scenario | null }) {
  const loadScenario = useCalculator(selectLoadScenario);
  const saveScenario = useCalculator(selectSaveScenario);
  const deleteSaved = useCalculator(selectDeleteSaved);
  const saved = useCalculator(selectSaved);
  const lastUndo = useCalculator(selectLastUndo);
  const undo = useCalculator(selectUndo);
  const [preset, setPreset] = useState('');
  const [savedChoice, setSavedChoice] = useState('');
  // Saving under a name already saved asks first: the scenario to save waits here until answered.
  const [overwrite, setOverwrite] = useState<Scenario | null>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (overwrite) replaceRef.current?.focus();
  }, [overwrite]);
  const save = (s: Scenario) => saveScenario(s.name, { ...s }, new Date().toISOString());
  const askToSave = (s: Scenario) => (saved.some((x) => x.name === s.name) ? setOverwrite(s) : save(s));
  const answer = (replace: boolean) => {
    if (replace && overwrite) save(overwrite);
    setOverwrite(null);
    saveRef.current?.focus();
  };

  // The preset list is a command, not a state: it goes back to its prompt once a preset is loaded
  // (the notice says which), so Undo never leaves it naming a preset that is no longer shown.
  const applyPreset = (id: string) => {
    setPreset('');
    const found = PRESETS.find((p) => p.id === id);
    if (!found) return;
    useCalculator.getState().openScenario(found.scenario, { kind: 'preset', label: found.label, description: found.description });
  };

  const openSaved = (name: string) => {
    setSavedChoice(name);
    const found = saved.find((s) => s.name === name);
    if (!found) return;
    useCalculator.getState().openScenario(found.scenario, { kind: 'saved', name });
  };

  const link = () =>
    Promise.resolve(
      scenario ? `${location.origin}${location.pathname}${hashFromScenarioInput(scenarioDelta(scenario, DEFAULT_SCENARIO))}` : null,
    );

  return (
    <div className="toolbar" role="group" aria-label="Scenario actions">
      <label className="inline-field">
        <span>Start from a preset</span>
        {/* A preset may bring ranges (SPEC §12): the ranges worker starts warming as the list is opened. */}
        <select value={preset} onFocus={prepareRanges} onPointerDown={prepareRanges} onChange={(e) => applyPreset(e.target.value)}>
          <option value="">Choose a typical workload…</option>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => {
          setPreset('');
          loadScenario(DEFAULT_SCENARIO, 'Reset every field and assumption to its default.', 'the reset');
        }}
      >
        Reset
      </button>
      <button
        type="button"
        disabled={lastUndo === undefined}
        onClick={undo}
        aria-label={lastUndo ? `Undo: back to the scenario before ${lastUndo.replacedBy}` : 'Undo (nothing to undo)'}
      >
        Undo
      </button>
      <button type="button" ref={saveRef} disabled={!scenario} onClick={() => scenario && askToSave(scenario)}>
        Save scenario
      </button>
      {overwrite && (
        <div className="confirm" role="group" aria-labelledby="overwrite-question">
          <p id="overwrite-question">
            A scenario named “{overwrite.name}” is already saved in this browser. Replace it with this one? (Rename the scenario first to
            keep both.)
          </p>
          <button type="button" ref={replaceRef} className="primary" onClick={() => answer(true)}>
            Replace “{overwrite.name}”
          </button>
          <button type="button" onClick={() => answer(false)}>
            Cancel
          </button>
        </div>
      )}
      {saved.length > 0 && (
        <label className="inline-field">
          <span>Open a saved scenario</span>
          <select value={savedChoice} onChange={(e) => openSaved(e.target.value)}>
            <option value="">Saved in this browser…</option>
            {saved.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {savedChoice && saved.some((s) => s.name === savedChoice) && (
        <button
          type="button"
          onClick={() => {
            deleteSaved(savedChoice);
            setSavedChoice('');
          }}
        >
          Delete “{savedChoice}”
        </button>
      )}
      <CopyButton
        label="Copy link"
        className="primary"
        text={link}
        copied="Link copied: it opens this scenario for anyone with MSK Sizer."
        unavailable="The clipboard is not available here: copy the address from the address bar, which always holds this scenario."
        disabledReason="Fix the highlighted fields first: only a valid scenario can be shared."
      />
    </div>
  );
}
