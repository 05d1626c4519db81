/**
 * The background service: answers protocol requests from content scripts. Kept in lib so the
 * entrypoint stays a line of wiring (STYLE.md habit 1).
 */
import { createDispatcher } from '../messages/dispatch';
import { backgroundRequestSchemas, PROTOCOL_VERSION, type BackgroundResponses } from '../messages/protocol';
import { listen } from '../messages/send';
import { ok } from '../bulletin/result';

/** Builds the background's request handlers. */
export function createBackgroundDispatcher() {
  return createDispatcher<typeof backgroundRequestSchemas, BackgroundResponses>(backgroundRequestSchemas, {
    ping: async () => ok({ version: PROTOCOL_VERSION }),
  });
}

/** Entry point of the background script. */
export function startBackground(): void {
  listen(createBackgroundDispatcher());
}
