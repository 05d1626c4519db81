import { describe, expect, it } from 'vitest';
import { findFirstPost } from '../../../lib/extract/post-list';
import { extractBulletin } from '../../../lib/extract/extract';
import { htmlDocument } from './fixtures';

const STORY = '距离城市西北约一百公里，是当年发现第一块天然黄金的地方，现在是最受游客欢迎的观光城市。城中从建筑到人物都再现了十九世纪淘金高潮期间的历史风貌。';

/** A blog archive page in the Blogger-style template: sidebar, then posts as table rows. */
function archivePage(posts: number): string {
  const rows = Array.from({ length: posts }, (_, i) => `
    <table class="table-bg"><tr>
      <td class="post-title">第${i + 1}篇游记（图）</td><td class="post-title">2005-03-${21 - i} 01:20:44</td>
      <td class="post-title"><img src="arrow.gif"></td></tr>
      <tr><td class="post-body"><center><img src="photo${i}.jpg"></center><br>${i === 0 ? STORY : '另一篇文章的正文，写于更早的一天，讲的是别的事情。'.repeat(3)}</td></tr>
      <tr><td class="post-footer">由海姑娘张贴 @ 2005-03-${21 - i} 共 3 篇评论 发表评论</td></tr>
    </table>`);
  return `<html><head><title>海姑娘 | blog.example.com</title></head><body><table><tr>
    <td class="sidebar"><div>博客标题</div><ul><li><a href="/1">最新文章一</a></li><li><a href="/2">最新文章二</a></li></ul></td>
    <td>${rows.join('')}</td></tr></table></body></html>`;
}

describe('findFirstPost (blog home and archive pages)', () => {
  it('takes the first of several .post-body posts with its title row', () => {
    const post = findFirstPost(htmlDocument(archivePage(3)));
    expect(post?.title).toBe('第1篇游记（图）');
    expect(post?.lines).toEqual(['第1篇游记（图）', '2005-03-21 01:20:44', STORY]);
  });

  it('leaves a page with one post to Readability', () => {
    expect(findFirstPost(htmlDocument(archivePage(1)))).toBeNull();
  });

  it('gives extractBulletin the first post: title, date and body, no sidebar, no later posts', () => {
    const result = extractBulletin(htmlDocument(archivePage(3)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('第1篇游记（图）');
    expect(result.value.publishedAt).toBe('2005-03-21 01:20:44');
    expect(result.value.text).toBe(STORY);
  });
});
