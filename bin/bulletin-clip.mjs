#!/usr/bin/env node
/**
 * bulletin-clip launcher: registers tsx so the TypeScript CLI runs without a build step, then
 * hands the real process streams to cli/main.ts. Kept tiny: all logic is in cli/.
 */
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');

/** Reads all of stdin as bytes. */
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

const io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: async (p) => new Uint8Array(await readFile(p)),
  readStdin,
};

try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (e) {
  // Last line of defence: the CLI promises one line and no stack trace.
  process.stderr.write(`bulletin-clip: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
