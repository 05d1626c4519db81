import { describe, expect, it } from 'vitest';
import { isEndMarker, trimArticleTail } from '../../../lib/extract/trim-tail';
import { containsLead, findLeadLines, readLeadKey } from '../../../lib/extract/lead-anchor';
import { htmlDocument } from './fixtures';

const BODY = ['据报道，以色列战时内阁18日晚开会，审查了一份重启人员交换谈判的提案，内容包括延长停火期。', '该提案得到国防部长等人的支持，但报道并未提及会议讨论结果。'];

describe('trimArticleTail', () => {
  it('cuts a 相关新闻 list after the densest block', () => {
    const lines = [...BODY, '相关新闻', '山东日照：小蓝莓助力农业发展', '强图打榜 2024-05-23 09:41:17'];
    expect(trimArticleTail(lines, BODY)).toEqual(BODY);
  });

  it('cuts at a platform disclaimer even inside a comment thread that out-weighs the article', () => {
    const comments = ['这篇文章写得很好，我非常赞同作者的观点，希望以后多发一些这样的文章。'.repeat(3)];
    const lines = [...BODY, '以上内容（包括图片及视频）为创作者平台"快传号"用户上传并发布，本平台仅提供信息存储服务', '举报', ...comments];
    expect(trimArticleTail(lines, comments)).toEqual(BODY);
  });

  it('cuts at a blog trackback line even when a comment after it is the densest block', () => {
    const comment = ['播客：10分钟拥有私人声音平台。花10分钟时间，就能拥有一个自己的私人声音平台，这在以前是无法想象的。'.repeat(3)];
    const lines = [...BODY, '本文通告引用（Trackback）链接：/wp-trackback.php?p=1700', '《播客热潮》已有1件评论', '新宠的评论', ...comment];
    expect(trimArticleTail(lines, comment)).toEqual(BODY);
  });

  it('cuts at a forum reply thread and at a pager under the last paragraph', () => {
    expect(trimArticleTail([...BODY, '|回复线索：', '旅行中，谁忽悠了你？【版主】08-11 16:06 298字'], BODY)).toEqual(BODY);
    expect(trimArticleTail([...BODY, '第1页/共1页<<上一页|下一页>>', '[花边]某某新闻标题（图）'], BODY)).toEqual(BODY);
  });

  it('cuts at a pager printed above the article too, even when the densest block runs on past it', () => {
    const pager = '第1页/共1页 << 上一页 | 下一页 >>';
    const related = ['[花边]某某新闻标题（图）', '[情感]另一条新闻标题（图）'];
    const lines = ['标题', pager, ...BODY, pager, ...related];
    expect(trimArticleTail(lines, lines)).toEqual(['标题', pager, ...BODY]);
  });

  it('keeps a 相关链接 heading that sits inside the body, before the densest block ends', () => {
    const lines = [BODY[0]!, '相关链接', BODY[1]!];
    expect(trimArticleTail(lines, BODY)).toEqual(lines);
  });

  it.each([
    ['责任编辑：张毅', true],
    ['上一篇：省科协召开工作会议', true],
    ['Copyright © 2024 某某网', true],
    ['推荐阅读这本书的理由有三：一是内容翔实，二是观点鲜明，三是文字优美，值得每一位读者细细品味。', false],
    ['会议指出，要提高政治站位。', false],
    ['第2页/共3页', true],
  ])('isEndMarker(%s) = %s', (line, want) => {
    expect(isEndMarker(line)).toBe(want);
  });
});

describe('lead anchoring', () => {
  const page = `<html><head><title>茲韋列夫封王</title></head><body>
    <div class="feed"><p>別的新聞一：這是一段很長的其他新聞摘要，與本文無關，只是推薦閱讀的內容而已。</p></div>
    <article><h1>茲韋列夫封王</h1><div class="body"><p>（法新社羅馬19日電）德國網球好手茲韋列夫今天擊敗智利選手賈瑞，拿下冠軍。</p><p>世界排名第5的茲韋列夫再度封王。</p></div></article>
    <div class="box">核心提示：德國網球好手茲韋列夫今天擊敗智利選手</div></body></html>`;

  it('finds the block whose paragraph opens with the description', () => {
    const key = readLeadKey('（法新社羅馬19日電）德國網球好手茲韋列夫今天擊敗智利選手賈瑞', '茲韋列夫封王')!;
    const lines = findLeadLines(htmlDocument(page), key);
    expect(lines).toEqual(['（法新社羅馬19日電）德國網球好手茲韋列夫今天擊敗智利選手賈瑞，拿下冠軍。', '世界排名第5的茲韋列夫再度封王。']);
    expect(containsLead(lines!, key)).toBe(true);
  });

  it('ignores a description that is the title again, and summary boxes that quote the lead', () => {
    expect(readLeadKey('茲韋列夫封王 義大利公開賽決賽', '茲韋列夫封王 義大利公開賽決賽')).toBeNull();
    const key = readLeadKey('德國網球好手茲韋列夫今天擊敗智利選手', null)!;
    expect(findLeadLines(htmlDocument(page), key)).toBeNull();
  });
});
