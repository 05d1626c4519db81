/**
 * Sending side of the protocol (the only browser.* use for messaging besides lib/platform).
 */
import { browser } from 'wxt/browser';
import { fail, type Result } from '../bulletin/result';
import type {
  BackgroundRequest,
  BackgroundRequestType,
  BackgroundResponses,
  ContentRequest,
  ContentRequestType,
  ContentResponses,
  Envelope,
} from './protocol';

function envelope<K extends string, P>(type: K, payload: P): Envelope<K, P> {
  return { bc: 1, type, payload };
}

/** Sends a request to the content script of a tab. A missing receiver becomes a Result. */
export async function sendToTab<K extends ContentRequestType>(
  tabId: number,
  type: K,
  payload: ContentRequest<K>,
): Promise<ContentResponses[K]> {
  try {
    const res = await browser.tabs.sendMessage(tabId, envelope(type, payload));
    if (res === undefined) return fail('no_tab', 'no answer from the page') as ContentResponses[K];
    return res as ContentResponses[K];
  } catch (e) {
    return fail('no_tab', e instanceof Error ? e.message : String(e)) as ContentResponses[K];
  }
}

/** Sends a request to the background. */
export async function sendToBackground<K extends BackgroundRequestType>(
  type: K,
  payload: BackgroundRequest<K>,
): Promise<BackgroundResponses[K]> {
  try {
    return (await browser.runtime.sendMessage(envelope(type, payload))) as BackgroundResponses[K];
  } catch (e) {
    return fail('internal', e instanceof Error ? e.message : String(e)) as BackgroundResponses[K];
  }
}

/** Registers a dispatcher as the runtime message listener (Promise-returning, as WXT wants). */
export function listen(dispatch: (message: unknown, sender?: unknown) => Promise<Result<unknown>> | undefined): () => void {
  const listener = (message: unknown, sender: unknown) => dispatch(message, sender);
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
