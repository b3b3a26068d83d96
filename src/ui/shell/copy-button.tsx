import { useEffect, useRef, useState } from 'react';

/** How long the confirmation beside the button stays, ms. */
const CONFIRMATION_MS = 4000;

/**
 * A button that copies text to the clipboard and says so right beside itself (a live status, so a
 * screen reader hears it too), where the eye already is, instead of in a notice at the top.
 */
export function CopyButton({
  label,
  text,
  copied,
  unavailable,
  disabledReason,
  className,
}: {
  readonly label: string;
  /** The text to copy; null when there is nothing valid to copy (`disabledReason` says why). */
  readonly text: () => Promise<string | null>;
  /** The confirmation, e.g. "Link copied". */
  readonly copied: string;
  /** What to say when the clipboard is not available. */
  readonly unavailable: string;
  readonly disabledReason?: string;
  readonly className?: string;
}) {
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const show = (next: { readonly text: string; readonly error: boolean }) => {
    window.clearTimeout(timer.current);
    setStatus(next);
    timer.current = window.setTimeout(() => setStatus(null), CONFIRMATION_MS);
  };
  const copy = async () => {
    const value = await text();
    if (value === null) {
      show({ text: disabledReason ?? 'Nothing to copy yet.', error: true });
      return;
    }
    try {
      await navigator.clipboard.writeText(value);
      show({ text: copied, error: false });
    } catch {
      show({ text: unavailable, error: true });
    }
  };
  return (
    <span className="copy-button">
      <button type="button" className={className} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className={status?.error ? 'copy-status copy-status-error' : 'copy-status'}>
        {status ? status.text : ''}
      </span>
    </span>
  );
}
