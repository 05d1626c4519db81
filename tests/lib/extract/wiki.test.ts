/** Wiki pages (MediaWiki): the article title from the <h1>, no navboxes, edit links or collapsed content. */
import { describe, expect, it } from 'vitest';
import { extractBulletin } from '../../../lib/extract/extract';
import { htmlDocument } from './fixtures';

const PROSE = '雄安新区是中国第19个国家级新区，位于河北省保定市东部，由雄县、容城县、安新县及其周边部分地区组成，于2017年4月1日正式成立。';
const page = `<!DOCTYPE html><html><head><title>雄安新区 - 维基百科，自由的百科全书</title>
  <meta property="og:title" content="雄安新区 - 维基百科，自由的百科全书"></head><body>
  <div id="content"><h1 id="firstHeading"><span>雄安新区</span><span class="mw-editsection">[编辑]</span></h1>
  <div id="mw-content-text"><p>${PROSE}</p>
  <h2>历史<span class="mw-editsection">[编辑]</span></h2><p>${PROSE.replace('雄安新区是', '古代的雄安是')}</p>
  <table class="mw-collapsible mw-collapsed"><tr><th>历任主任</th></tr><tr><td>折叠起来的名单一</td></tr><tr><td>折叠起来的名单二</td></tr></table>
  <div class="NavFrame collapsed"><div class="NavHead">年表</div><div class="NavContent">折叠的年表内容</div></div>
  <table class="navbox"><tr><th>河北省行政区划</th></tr><tr><td>石家庄市 唐山市 秦皇岛市 邯郸市 邢台市 保定市</td></tr></table>
  </div></div></body></html>`;

describe('wiki pages', () => {
  const result = extractBulletin(htmlDocument(page));
  const d = result.ok ? result.value : null;

  it('takes the <h1> that is the <title>\'s first segment, not the longer site tagline', () => {
    expect(d?.title).toBe('雄安新区');
  });

  it('drops navboxes, [编辑] links and collapsed content, keeping the prose and the collapsed blocks\' headers', () => {
    expect(d?.text).toContain(PROSE);
    expect(d?.text).not.toMatch(/编辑|石家庄|折叠/);
    expect(d?.text).toMatch(/历任主任/);
  });
});
