import type { FontLoader } from '../report/pdf/pdf-fonts';

/** What the CLI reads and writes through, so tests run it without a terminal. */
export interface CliIo {
  /** Reads a file (or standard input for "-") as text; throws with a message on failure. */
  readonly readText: (path: string) => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date, ISO (YYYY-MM-DD), for reports. */
  readonly today: string;
  /** Writes a file (`--format pdf --out`); absent where the CLI may not write. */
  readonly writeBytes?: (path: string, bytes: Uint8Array) => Promise<void>;
  /** The Noto faces a PDF of a non-Latin scenario name needs (read from node_modules). */
  readonly loadFont?: FontLoader;
}
