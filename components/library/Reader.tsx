/**
 * The reader view of one clipping. It renders the saved structure as text nodes only:
 * nothing from the page is ever parsed as HTML here, so no script or remote load can ride in.
 * Highlights made here are stored with the same selectors as those made on the live page, so
 * each shows in both places.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Clipping } from '../../lib/bulletin/model';
import { t } from '../../lib/platform/i18n';
import { segmentParagraphs } from '../../lib/reader/segments';
import { ExportButtons } from '../common/ExportButtons';
import { copyClippingMarkdown, downloadClippingMarkdown } from '../../lib/platform/markdown-file';
import { ReaderBody } from './ReaderBody';
import { HighlightPanel } from './HighlightPanel';
import { usePlacedHighlights } from './use-placed-highlights';
import { SeriesNav } from './SeriesNav';
import { flashHighlight } from './flash-highlight';

/**
 * Metadata, body with section headings and highlights, distribution and attachments.
 * `focusHighlight` (from `?hl=ID`, used by search, the highlights list and review) is
 * scrolled to and flashed once it is drawn.
 */
export function Reader({ clipping, focusHighlight }: { clipping: Clipping; focusHighlight?: string | null }) {
  const c = clipping;
  const hl = usePlacedHighlights(c);
  const segments = useMemo(() => segmentParagraphs(c.paragraphs, hl.placed), [c.paragraphs, hl.placed]);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const highlights = hl.placed.map((p) => p.highlight);
  const focusPlaced = !!focusHighlight && hl.placed.some((p) => p.id === focusHighlight);
  useEffect(() => {
    if (focusPlaced) flashHighlight(focusHighlight!);
  }, [focusHighlight, focusPlaced]);
  return (
    <div class="reader-layout">
      <article class="reader" lang="zh-CN">
        <nav class="reader-nav">
          <a href="#/">← {t('backToLibrary')}</a>
          <SeriesNav clippingId={c.id} />
        </nav>
        {(c.bulletinName || c.issueNumber) && (
          <p class="masthead">
            {c.bulletinName} {c.issueNumber}
          </p>
        )}
        <h1 class="reader-title">{c.title || t('untitled')}</h1>
        {c.subtitle && <p class="subtitle">{c.subtitle}</p>}
        <dl class="meta">
          {c.issuer && <MetaRow label={t('fieldIssuer')} value={c.issuer} />}
          {c.date && <MetaRow label={t('fieldDate')} value={c.date} />}
          {c.publishedAt && <MetaRow label={t('fieldPublished')} value={c.publishedAt} />}
          {c.source && <MetaRow label={t('fieldSource')} value={c.source} />}
          {c.siteName && <MetaRow label={t('fieldSite')} value={c.siteName} />}
          {c.url && (
            <>
              <dt>{t('fieldUrl')}</dt>
              <dd>
                <a href={safeHref(c.url)} target="_blank" rel="noopener noreferrer">
                  {c.url}
                </a>
              </dd>
            </>
          )}
        </dl>
        <div class="actions">
          <ExportButtons onDownload={() => downloadClippingMarkdown(c, highlights)} onCopy={() => copyClippingMarkdown(c, highlights)} />
        </div>
        <ReaderBody clipping={c} segments={segments} onSelect={setSelection} onOpenHighlight={setOpenId} />
        {c.attachments.length > 0 && (
          <section class="attachments">
            {c.attachments.map((a) => (
              <p key={a}>{a}</p>
            ))}
          </section>
        )}
        {c.distribution.length > 0 && (
          <section class="distribution" aria-label={t('distribution')}>
            {c.distribution.map((d) => (
              <p key={d.label}>
                <strong>{d.label}：</strong>
                {d.recipients}
              </p>
            ))}
          </section>
        )}
      </article>
      <HighlightPanel clipping={c} placed={hl} selection={selection} clearSelection={() => setSelection(null)} openId={openId} setOpenId={setOpenId} />
    </div>
  );
}

function MetaRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** Only http(s) links are clickable: a saved `javascript:` URL must never run. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
