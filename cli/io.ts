/**
 * The CLI's side effects, injected so every command runs in-process in tests and for real in
 * bin/bulletin-clip.mjs. Commands return an exit code; they never call process.exit.
 */

/** What a command may do to the outside world. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<Uint8Array>;
  /** Reads all of stdin (for the `-` file argument). */
  readStdin: () => Promise<Uint8Array>;
}

/** Exit code for success. */
export const EXIT_OK = 0;
/** Exit code for bad usage or input we cannot clip (unreadable, unsupported, empty, binary). */
export const EXIT_INPUT = 2;

/** Prints the one-line error the CLI promises (no stack traces) and returns EXIT_INPUT. */
export function reportError(io: CliIo, message: string): number {
  io.stderr(`bulletin-clip: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return EXIT_INPUT;
}
