/** Video news pages: the player's controls and messages are no article text. */
import { describe, expect, it } from 'vitest';
import { extractBulletin } from '../../../lib/extract/extract';
import { htmlDocument } from './fixtures';

const BODY = '以光影之名，探寻首都文化魅力。5月20日22点起，《中国电影报道》栏目将推出系列访谈节目，五位电影人将讲述他们的成长故事和艺术生涯。';
const page = `<!DOCTYPE html><html><head><title>系列访谈节目5月20日起播出_电影网</title></head><body>
  <div id="content"><h1>系列访谈节目5月20日起播出</h1>
  <div class="video-player"><div class="playerBottom"><span>倍速</span><span>2.0X</span><span>1.5X</span>
    <span>高清</span><span>00:00/00:00</span><div class="hintTip">正在为您切换到高清480P，请稍候...</div></div>
    <div class="reminder">很抱歉，当前视频播放失败</div></div>
  <div class="xgplayer skin-default"><span>循环播放</span><span>跳过片头</span></div>
  <p>${BODY}</p></div></body></html>`;

describe('video pages', () => {
  it('drops the player (class ending in player) and keeps the story', () => {
    const result = extractBulletin(htmlDocument(page));
    expect(result.ok && result.value.text).toBe(BODY);
  });
});
