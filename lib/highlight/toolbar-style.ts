/**
 * The toolbar's own style sheet, inside its shadow root: page rules cannot reach in, and
 * these cannot leak out. `:host { all: initial }` resets what the host would inherit.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../bulletin/model';

const SWATCH: Record<HighlightColor, string> = {
  yellow: '#ffd600',
  red: '#ff5c5c',
  green: '#48c774',
  blue: '#4896ff',
};

/** CSS of the toolbar's shadow root. */
export const TOOLBAR_CSS = `
:host { all: initial; }
.bar { box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: flex-start; gap: 6px; max-width: 420px;
  padding: 8px; background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); font: 13px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
.bar[hidden] { display: none; }
.colors { display: flex; gap: 4px; }
button { font: inherit; color: inherit; cursor: pointer; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; padding: 3px 8px; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
button[aria-pressed="true"] { border-color: #1f2328; font-weight: 600; }
.color::before { content: ""; display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; vertical-align: -1px; }
${HIGHLIGHT_COLORS.map((c) => `.color[data-color="${c}"]::before { background: ${SWATCH[c]}; }`).join('\n')}
textarea, input { font: inherit; color: inherit; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 3px 6px; box-sizing: border-box; }
textarea { width: 100%; min-height: 2.2em; resize: vertical; }
.tags { position: relative; display: flex; flex-wrap: wrap; gap: 4px; width: 100%; align-items: center; }
.chips { display: contents; list-style: none; }
.chip { display: inline-flex; align-items: center; gap: 2px; padding: 1px 6px; background: #ddf4ff; border-radius: 10px; }
.chip button { border: 0; background: none; padding: 0 2px; }
.tag-input { flex: 1; min-width: 8em; }
[role="listbox"] { position: absolute; top: 100%; left: 0; z-index: 1; margin: 2px 0 0; padding: 2px 0; list-style: none; background: #fff;
  border: 1px solid #d0d7de; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.15); min-width: 12em; max-height: 14em; overflow: auto; }
[role="listbox"][hidden] { display: none; }
[role="option"] { padding: 2px 8px; cursor: pointer; }
[role="option"][aria-selected="true"] { background: #0969da; color: #fff; }
.actions { display: flex; gap: 4px; margin-left: auto; }
.save { background: #1f883d; border-color: #1f883d; color: #fff; }
.delete { color: #cf222e; }
.msg { width: 100%; margin: 0; color: #cf222e; }
.msg:empty { display: none; }
`;
