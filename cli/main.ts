/**
 * bulletin-clip's entry: dispatches verbs to their modules (clip is the default verb, `anchor`
 * is the anchoring engineer's) and answers --help / --version. Pure of process globals so tests
 * call it in-process; bin/bulletin-clip.mjs wires the real stdin/stdout.
 */
import { anchorCommand } from './commands/anchor';
import { clipCommand } from './commands/clip';
import { EXIT_OK, type CliIo } from './io';
import { readVersion } from './version';

/** The --help text. */
export const USAGE = `usage: bulletin-clip FILE [--format json|md] [--url URL]
       bulletin-clip anchor PAGE.html --annotations FILE.json
       bulletin-clip --help | --version

Clips a bulletin from FILE and prints it as JSON (default) or Markdown.
  FILE           .html/.htm (declared charset honoured, GBK included), .txt, .pdf, or - for stdin text
  --format, -f   json (the clipping's fields) or md (the extension's Markdown export)
  --url URL      the page's address, for HTML input saved without it

Exit codes: 0 success; 2 bad usage or input that cannot be clipped (one line on stderr).
`;

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const first = argv[0];
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(`${readVersion()}\n`);
    return EXIT_OK;
  }
  if (first === 'anchor') return anchorCommand(argv.slice(1), io);
  if (first === 'clip') return clipCommand(argv.slice(1), io);
  return clipCommand(argv, io);
}
