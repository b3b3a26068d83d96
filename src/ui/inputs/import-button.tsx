import { lazy, Suspense, useRef, useState } from 'react';

/** The import dialog and its readers load when first opened, not with the page. */
const ImportDialog = lazy(() => import('./import-dialog').then((m) => ({ default: m.ImportDialog })));

/** "Import from your cluster": opens the dialog that reads metrics and configuration files (SPEC §13.3). */
export function ImportButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="primary" onClick={() => setOpen(true)}>
        Import from your cluster…
      </button>
      {open && (
        <Suspense fallback={<p role="status">Loading the importer…</p>}>
          <ImportDialog
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
