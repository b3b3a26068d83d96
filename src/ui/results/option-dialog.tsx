import { useEffect, useRef } from 'react';
import type { SizedOption } from '../../domain';
import { useCalculator } from '../app-store';
import { OptionDetails } from './option-details';
import { selectSelectOption } from '../../state/selectors';

/**
 * "Why N brokers" as a modal dialog over the page, wherever it was opened from (a table row, a
 * class card, the recommendation): it takes focus when it opens, Escape or Close shuts it, and focus
 * goes back to the control that opened it.
 */
export function OptionDialog({
  option,
  azs,
  replicationFactor,
}: {
  readonly option: SizedOption;
  readonly azs: number;
  readonly replicationFactor: number;
}) {
  const selectOption = useCalculator(selectSelectOption);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    opener.current = document.activeElement;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>('h2')?.focus();
    return () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);
  return (
    <dialog ref={dialog} className="option-dialog" aria-labelledby="details-title" onClose={() => selectOption(null)}>
      <OptionDetails option={option} azs={azs} replicationFactor={replicationFactor} />
    </dialog>
  );
}
