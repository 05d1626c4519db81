/**
 * Watches the page for changes that may have broken drawn highlights (a framework
 * re-rendering a paragraph, content loaded late) and calls back, debounced, so a burst of
 * mutations costs one repair. Mutations inside nodes of ours (the toolbar host, our style)
 * are ignored, and the layer discards the records of its own painting right after it paints.
 */

/** Options of watchPage. */
export interface WatchOptions {
  /** True for nodes whose mutations are ours (toolbar host, style element). */
  isOwn: (node: Node) => boolean;
  onChange: () => void;
  /** Quiet time before onChange runs (default 250 ms). */
  debounceMs?: number;
}

/** A running watcher. */
export interface PageWatcher {
  /** Drops mutation records queued so far (call right after changing the DOM ourselves). */
  discard(): void;
  /** Grows whenever the page (not we) changed the DOM: long work checks it after yielding. */
  version(): number;
  stop(): void;
}

/** True when a record only concerns nodes of ours. */
function isOwnRecord(r: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  if (isOwn(r.target)) return true;
  if (r.type !== 'childList') return false;
  // Index loops: Firefox content scripts cannot iterate DOM lists (Xray).
  const lists = [r.addedNodes, r.removedNodes];
  let any = false;
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      if (!isOwn(list[i]!)) return false;
      any = true;
    }
  }
  return any;
}

/** Starts watching `doc` (the whole document: a page may swap out <body> itself). */
export function watchPage(doc: Document, win: Window, options: WatchOptions): PageWatcher {
  const debounceMs = options.debounceMs ?? 250;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let version = 0;
  // The window's own constructor: jsdom windows in tests, the page's window in the browser.
  const Observer = (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
  const observer = new Observer((records) => {
    if (records.every((r) => isOwnRecord(r, options.isOwn))) return;
    version++;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      options.onChange();
    }, debounceMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return {
    discard: () => void observer.takeRecords(),
    version: () => version,
    stop() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
