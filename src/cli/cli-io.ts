/** What the CLI reads and writes through, so tests run it without a terminal. */
export interface CliIo {
  /** Reads a file (or standard input for "-") as text; throws with a message on failure. */
  readonly readText: (path: string) => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date, ISO (YYYY-MM-DD), for reports. */
  readonly today: string;
}
