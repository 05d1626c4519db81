/**
 * The typed message protocol, one map per direction (STYLE.md habit 3). Each request has a
 * valibot schema checked at the receiving end: a message from a web page's world is
 * untrusted until it passes. Responses are Results: failures travel as values.
 */
import * as v from 'valibot';
import type { BulletinDraft } from '../bulletin/model';
import type { Result } from '../bulletin/result';

/** How the content script should take the page. */
export const ExtractMode = v.picklist(['article', 'selection', 'page']);
export type ExtractMode = v.InferOutput<typeof ExtractMode>;

/** What the content script sends back for `extract`. */
export interface ExtractOutcome {
  draft: BulletinDraft;
  /** Normalised identity of the page (canonical honoured): the deduplication key. */
  identity: string | null;
  /** Characters of body text, for the popup. */
  charCount: number;
}

/** Requests handled by the content script (sent with tabs.sendMessage). */
export const contentRequestSchemas = {
  ping: v.object({}),
  extract: v.object({ mode: ExtractMode }),
} as const;

/** Responses of the content script's requests. */
export interface ContentResponses {
  ping: Result<{ version: number }>;
  extract: Result<ExtractOutcome>;
}

/** Requests handled by the background (sent with runtime.sendMessage). */
export const backgroundRequestSchemas = {
  ping: v.object({}),
} as const;

/** Responses of the background's requests. */
export interface BackgroundResponses {
  ping: Result<{ version: number }>;
}

export type ContentRequestType = keyof typeof contentRequestSchemas;
export type BackgroundRequestType = keyof typeof backgroundRequestSchemas;
export type ContentRequest<K extends ContentRequestType> = v.InferOutput<(typeof contentRequestSchemas)[K]>;
export type BackgroundRequest<K extends BackgroundRequestType> = v.InferOutput<(typeof backgroundRequestSchemas)[K]>;

/** The envelope every message travels in; `bc` marks it as ours. */
export interface Envelope<K extends string = string, P = unknown> {
  bc: 1;
  type: K;
  payload: P;
}

/** Bumped when the protocol changes incompatibly (a stale injected script then re-injects). */
export const PROTOCOL_VERSION = 1;
