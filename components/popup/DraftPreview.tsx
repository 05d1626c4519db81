/** The popup's preview of what will be saved. */
import type { ExtractOutcome } from '../../lib/messages/protocol';
import { t } from '../../lib/platform/i18n';

/** Title, source, date, the first lines of the body and the character count. */
export function DraftPreview({ outcome }: { outcome: ExtractOutcome }) {
  const d = outcome.draft;
  const firstLines = d.paragraphs.slice(0, 3).join('\n').slice(0, 220);
  return (
    <article class="preview">
      <h2 class="preview-title">{d.title || t('untitled')}</h2>
      <dl class="meta">
        {d.siteName && (
          <>
            <dt>{t('fieldSite')}</dt>
            <dd>{d.siteName}</dd>
          </>
        )}
        {d.issuer && (
          <>
            <dt>{t('fieldIssuer')}</dt>
            <dd>{d.issuer}</dd>
          </>
        )}
        {(d.date || d.publishedAt) && (
          <>
            <dt>{t('fieldDate')}</dt>
            <dd>{d.date ?? d.publishedAt}</dd>
          </>
        )}
        <dt>{t('fieldChars')}</dt>
        <dd class="char-count">{outcome.charCount.toLocaleString()}</dd>
      </dl>
      <p class="first-lines">{firstLines}</p>
    </article>
  );
}
