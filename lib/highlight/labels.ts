/**
 * The words the highlighter shows on the page. lib stays free of the extension i18n API: the content
 * script's entrypoint passes translated strings (and the user's own colour meanings) in.
 */
import type { HighlightColor } from '../bulletin/model';

/** Every string the selection toolbar shows or announces. */
export interface HighlighterLabels {
  /** What each colour means to the user (its button's text and accessible name). */
  colors: Record<HighlightColor, string>;
  /** Accessible name of the toolbar itself. */
  toolbar: string;
  note: string;
  tags: string;
  save: string;
  delete: string;
  close: string;
  /** Prefix of a tag chip's remove button name ("移除标签 四个意识"). */
  removeTag: string;
  /** Shown when saving failed (the detail is logged, not shown). */
  failed: string;
}

/** The default (zh-CN) labels. */
export const ZH_LABELS: HighlighterLabels = {
  colors: { yellow: '重点', red: '金句', green: '数据', blue: '待学' },
  toolbar: '简报剪藏：划线',
  note: '批注',
  tags: '标签',
  save: '保存',
  delete: '删除划线',
  close: '关闭',
  removeTag: '移除标签',
  failed: '保存失败',
};

/** English labels. */
export const EN_LABELS: HighlighterLabels = {
  colors: { yellow: 'Key', red: 'Quote', green: 'Data', blue: 'To study' },
  toolbar: 'Bulletin Clipper: highlight',
  note: 'Note',
  tags: 'Tags',
  save: 'Save',
  delete: 'Delete highlight',
  close: 'Close',
  removeTag: 'Remove tag',
  failed: 'Could not save',
};

/** Fills the gaps of partial labels (e.g. only renamed colours) from the zh-CN defaults. */
export function resolveLabels(partial: Partial<HighlighterLabels> = {}): HighlighterLabels {
  return { ...ZH_LABELS, ...partial, colors: { ...ZH_LABELS.colors, ...partial.colors } };
}
