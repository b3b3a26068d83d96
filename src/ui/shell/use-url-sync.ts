import { useEffect, useRef } from 'react';
import type { Scenario } from '../../domain';
import { hashFromScenarioInput, readScenarioHash, scenarioDelta } from '../../state/url-scenario';
import { DEFAULT_SCENARIO, useCalculator } from '../app-store';

/** Loads `#scenario=…` when the page opens or the hash changes, and writes the valid scenario back. */
export function useUrlSync(scenario: Scenario | null): void {
  const lastWritten = useRef<string | null>(null);

  useEffect(() => {
    const load = () => {
      if (location.hash === lastWritten.current) return;
      const read = readScenarioHash(location.hash);
      const { notify } = useCalculator.getState();
      if (read.kind === 'none') return;
      if (read.kind === 'error') {
        notify('error', `This link's scenario could not be read: ${read.message}. Your last scenario is shown instead.`);
        return;
      }
      useCalculator.getState().openScenario(read.input, { kind: 'link' });
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, []);

  useEffect(() => {
    if (!scenario) return;
    const hash = hashFromScenarioInput(scenarioDelta(scenario, DEFAULT_SCENARIO));
    if (hash === location.hash) return;
    lastWritten.current = hash;
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }, [scenario]);
}
