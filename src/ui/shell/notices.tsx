import { useEffect } from 'react';
import type { Notice } from '../../state/calculator-store';
import { useCalculator } from '../app-store';
import { selectDismissNotice, selectNotices, selectUndo } from '../../state/selectors';

/** Informational notices go away by themselves after this long; errors stay until dismissed. */
const INFO_NOTICE_MS = 10_000;

function NoticeItem({ notice }: { readonly notice: Notice }) {
  const dismiss = useCalculator(selectDismissNotice);
  const undo = useCalculator(selectUndo);
  useEffect(() => {
    if (notice.tone !== 'info') return undefined;
    const timer = window.setTimeout(() => dismiss(notice.id), INFO_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {notice.undoable && (
        <button type="button" className="link-button" onClick={undo}>
          Undo
        </button>
      )}
      <button type="button" className="link-button" onClick={() => dismiss(notice.id)} aria-label={`Dismiss: ${notice.text}`}>
        Dismiss
      </button>
    </div>
  );
}

/** Messages about links, storage and saving: errors as alerts, the rest as status; loads can be undone from here. */
export function Notices() {
  const notices = useCalculator(selectNotices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}
