/**
 * The one dependency the page-side code has on messaging: a function that sends a typed
 * request to the background. Injected, so tests assert on what is sent without a browser.
 */
import type { BackgroundRequest, BackgroundRequestType, BackgroundResponses } from '../messages/protocol';

/** Sends a request to the background (lib/messages/send.ts sendToBackground in the extension). */
export type SendToBackground = <K extends BackgroundRequestType>(type: K, payload: BackgroundRequest<K>) => Promise<BackgroundResponses[K]>;
