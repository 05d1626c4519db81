/**
 * The typed message protocol, one map per direction (STYLE.md habit 3). Each request has a
 * valibot schema checked at the receiving end: a message from a web page's world is
 * untrusted until it passes. Responses are Results: failures travel as values.
 */
import * as v from 'valibot';
import { HIGHLIGHT_COLORS, type BulletinDraft, type Clipping, type Highlight } from '../bulletin/model';
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

const MAX_TEXT = 200_000;
const Text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** W3C selectors as they travel (validated: they come from a page's world). */
export const SelectorSchema = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: Text(20_000), prefix: Text(1000), suffix: Text(1000) }),
  v.object({ type: v.literal('TextPositionSelector'), start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({
    type: v.literal('RangeSelector'),
    startContainer: Text(2000),
    startOffset: v.pipe(v.number(), v.integer(), v.minValue(0)),
    endContainer: Text(2000),
    endOffset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
]);

export const ColorSchema = v.picklist(HIGHLIGHT_COLORS);
const Tags = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60))), v.maxLength(50));

const NullableText = (max = 4000) => v.nullable(Text(max));

/** A draft as it travels (it comes from the page's world: every field is checked). */
export const DraftSchema = v.object({
  title: Text(2000),
  subtitle: NullableText(),
  issuer: NullableText(),
  bulletinName: NullableText(),
  issueNumber: NullableText(),
  date: NullableText(40),
  publishedAt: NullableText(40),
  source: NullableText(),
  author: NullableText(),
  url: NullableText(8000),
  siteName: NullableText(),
  paragraphs: v.pipe(v.array(Text()), v.maxLength(20_000)),
  headings: v.pipe(v.array(v.object({ level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)), text: Text(2000), paragraph: v.pipe(v.number(), v.integer(), v.minValue(0)) })), v.maxLength(5000)),
  distribution: v.pipe(v.array(v.object({ label: Text(20), recipients: Text(20_000) })), v.maxLength(50)),
  attachments: v.pipe(v.array(Text(2000)), v.maxLength(200)),
  text: v.pipe(v.string(), v.maxLength(20_000_000)),
  origin: v.picklist(['article', 'selection', 'page', 'text', 'txt', 'pdf', 'html']),
});

/** A whole stored highlight (for undo of a delete). */
export const HighlightSchema = v.object({
  id: Id,
  clippingId: Id,
  color: ColorSchema,
  note: Text(20_000),
  tags: Tags,
  exact: Text(20_000),
  pageTarget: v.array(SelectorSchema),
  textTarget: v.array(SelectorSchema),
  headingPath: v.array(Text(2000)),
  createdAt: v.number(),
  updatedAt: v.number(),
  reviewedAt: v.nullable(v.number()),
  reviewCount: v.number(),
  orphan: v.boolean(),
});

/** What the page needs to draw one highlight. */
export const DrawableSchema = v.object({ id: Id, color: ColorSchema, note: v.optional(Text(20_000)), pageTarget: v.array(SelectorSchema) });
export type Drawable = v.InferOutput<typeof DrawableSchema>;

/** Reduces a stored highlight to what the page needs to draw it. */
export function toDrawable(h: Highlight): Drawable {
  return { id: h.id, color: h.color, note: h.note, pageTarget: h.pageTarget };
}

/** Requests handled by the content script (sent with tabs.sendMessage). */
export const contentRequestSchemas = {
  ping: v.object({}),
  extract: v.object({ mode: ExtractMode }),
  /** Highlight the current selection (from the popup, context menu or shortcut). */
  highlightSelection: v.object({ color: v.optional(ColorSchema) }),
  /** Draw these highlights (revisit, or after an edit elsewhere); replaces what is drawn. */
  drawHighlights: v.object({ highlights: v.pipe(v.array(DrawableSchema), v.maxLength(10_000)) }),
  /** Scroll to and flash one highlight. */
  scrollToHighlight: v.object({ id: Id }),
  /** Which highlights are anchored on the page right now, in page order. */
  anchoredHighlights: v.object({}),
} as const;

/** Responses of the content script's requests. */
export interface ContentResponses {
  ping: Result<{ version: number }>;
  extract: Result<ExtractOutcome>;
  highlightSelection: Result<Highlight>;
  drawHighlights: Result<{ anchored: string[]; orphans: string[] }>;
  scrollToHighlight: Result<boolean>;
  anchoredHighlights: Result<{ order: string[]; orphans: string[] }>;
}

/** What the page needs to draw its highlights. */
export interface PageHighlights {
  clippingId: string | null;
  highlights: Highlight[];
}

/** Requests handled by the background (sent with runtime.sendMessage). */
export const backgroundRequestSchemas = {
  ping: v.object({}),
  /** The clipping saved for a page identity, if any (null when none). */
  findClipping: v.object({ identity: v.nullable(Text(4000)) }),
  /** Injects the page reader (extractor script) into the sender's tab. */
  loadExtractor: v.object({}),
  /** Saves a draft unless the identity is saved already (then returns that clipping). */
  saveClipping: v.object({ identity: v.nullable(Text(4000)), draft: DraftSchema }),
  /** The highlights saved for a page identity. */
  pageHighlights: v.object({ identity: v.nullable(Text(4000)) }),
  /** Saves a new highlight made on the page; clips the page first (silently) if needed. */
  createHighlight: v.object({
    identity: v.nullable(Text(4000)),
    /** The page as read, for the silent clip; null when the page is already clipped. */
    draft: v.nullable(DraftSchema),
    color: ColorSchema,
    exact: Text(20_000),
    pageTarget: v.array(SelectorSchema),
    note: v.optional(Text(20_000)),
    tags: v.optional(Tags),
  }),
  /** Changes colour, note, tags or the orphan flag; with exact + pageTarget, re-attaches it. */
  updateHighlight: v.object({
    id: Id,
    color: v.optional(ColorSchema),
    note: v.optional(Text(20_000)),
    tags: v.optional(Tags),
    orphan: v.optional(v.boolean()),
    exact: v.optional(Text(20_000)),
    pageTarget: v.optional(v.array(SelectorSchema)),
  }),
  /** Puts a deleted highlight back exactly as it was (undo). */
  restoreHighlight: v.object({ highlight: HighlightSchema }),
  /** Deletes a highlight, returning it for undo. */
  deleteHighlight: v.object({ id: Id }),
  /** Tag suggestions: existing tags matching `prefix`, and phrases from the clipping. */
  suggestTags: v.object({ clippingId: v.nullable(Id), prefix: Text(60), passage: v.optional(Text(20_000)) }),
} as const;

/** Responses of the background's requests. */
export interface BackgroundResponses {
  ping: Result<{ version: number }>;
  findClipping: Result<Clipping | null>;
  loadExtractor: Result<true>;
  saveClipping: Result<{ clipping: Clipping; created: boolean }>;
  pageHighlights: Result<PageHighlights>;
  createHighlight: Result<Highlight>;
  updateHighlight: Result<Highlight>;
  deleteHighlight: Result<Highlight>;
  restoreHighlight: Result<true>;
  suggestTags: Result<string[]>;
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
export const PROTOCOL_VERSION = 2;
