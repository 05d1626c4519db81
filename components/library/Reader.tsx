/**
 * The reader view of one clipping. It renders the saved structure as text nodes only:
 * nothing from the page is ever parsed as HTML here, so no script or remote load can ride in.
 */
import type { Clipping } from '../../lib/bulletin/model';
import { t } from '../../lib/platform/i18n';
import { ExportButtons } from '../common/ExportButtons';
import { copyClippingMarkdown, downloadClippingMarkdown } from '../../lib/platform/markdown-file';

/** Metadata, body with section headings, distribution and attachments. */
export function Reader({ clipping }: { clipping: Clipping }) {
  const c = clipping;
  const headingsAt = new Map<number, typeof c.headings>();
  for (const h of c.headings) headingsAt.set(h.paragraph, [...(headingsAt.get(h.paragraph) ?? []), h]);
  return (
    <article class="reader" lang="zh-CN">
      <nav class="reader-nav">
        <a href="#/">← {t('backToLibrary')}</a>
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
        <ExportButtons onDownload={() => downloadClippingMarkdown(c)} onCopy={() => copyClippingMarkdown(c)} />
      </div>
      <div class="reader-body">
        {c.paragraphs.map((p, i) => (
          <>
            {(headingsAt.get(i) ?? []).map((h) => (
              <h2 class={`section level-${h.level}`} key={`h${i}-${h.text}`}>
                {h.text}
              </h2>
            ))}
            <p data-index={i} key={`p${i}`}>
              {p}
            </p>
          </>
        ))}
      </div>
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
