import { useCalculator } from '../app-store';

/** Messages about links, storage and saving: errors as alerts, the rest as status. */
export function Notices() {
  const notices = useCalculator((s) => s.notices);
  const dismiss = useCalculator((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button type="button" className="link-button" onClick={() => dismiss(n.id)} aria-label={`Dismiss: ${n.text}`}>Dismiss</button>
        </div>
      ))}
    </div>
  );
}
