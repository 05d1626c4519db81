/**
 * Real Chinese body texts (../shared/eval-data: 66 cleaned pages of the extraction dataset and
 * the magic-html benchmark's article contents) exported as notes and parsed back: every
 * paragraph comes back as one paragraph with its exact text, and ==marks== on sampled
 * sentences never change the text around them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyDraft, joinParagraphs, type BulletinDraft } from '../../../lib/bulletin/model';
import { toMarkdown } from '../../../lib/export/markdown';
import { blockText, parseExport, visibleLines } from './parse-export';
import { FROZEN_NOW, makeHighlight } from './seed';

const EVAL = fileURLToPath(new URL('../../../../shared/eval-data/', import.meta.url));

function loadTexts(): [string, string][] {
  const cleaned = `${EVAL}Chinese-Web-Content-Extraction-Dataset/cleaned/`;
  const pages = readdirSync(cleaned)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f): [string, string] => [`cwced/${f}`, readFileSync(cleaned + f, 'utf8')]);
  const magic = JSON.parse(readFileSync(`${EVAL}magic-html/benchmark/data/article/base.zh-subset.json`, 'utf8')) as Record<string, { content?: string }>;
  const articles = Object.entries(magic).map(([id, v]): [string, string] => [`magic-html/${id}`, v.content ?? '']);
  return [...pages, ...articles].filter(([, t]) => t.trim() !== '');
}

function draftOf(text: string): BulletinDraft {
  const paragraphs = text.split(/\r?\n/).filter((l) => /\S/.test(l));
  return { ...emptyDraft('html'), title: visibleLines(paragraphs[0]!).slice(0, 60), paragraphs, text: joinParagraphs(paragraphs) };
}

describe('exports of real Chinese pages', () => {
  const texts = loadTexts();
  it('finds the shared pages', () => {
    expect(texts.length).toBeGreaterThanOrEqual(100);
  });

  it.each(texts)('%s: paragraphs survive, marks leave the text intact', (_id, text) => {
    const d = draftOf(text);
    const plain = parseExport(toMarkdown(d, { now: FROZEN_NOW }));
    const paras = plain.tokens.slice(1, -1);
    expect(paras.map((t) => t.type)).toEqual(d.paragraphs.map(() => 'paragraph'));
    paras.forEach((t, i) => expect(blockText(t)).toBe(visibleLines(d.paragraphs[i]!)));

    // Mark every third sentence-ish run of 6-30 characters.
    const clip = { ...d, id: 'p', normalizedUrl: null, tags: [], createdAt: 0, updatedAt: 0 };
    const picks = [...new Set((d.text.match(/[^。！？\n]{6,30}[。！？]/g) ?? []).filter((_s, i) => i % 3 === 0))];
    const highlights = picks.map((s) => makeHighlight(clip, s));
    const marked = parseExport(toMarkdown(d, { now: FROZEN_NOW, highlights, marks: true }));
    const texts = marked.tokens.slice(1, -1).map(blockText);
    texts.forEach((t, i) => expect(t.replace(/==/g, '')).toBe(visibleLines(d.paragraphs[i]!).replace(/==/g, '')));
    // Each passage sits inside one marked run (touching passages merge into one run).
    const runs = [...texts.join('\n').matchAll(/==(.+?)==/g)].map((m) => m[1]!);
    for (const s of picks) if (!/==/.test(s)) expect(runs.some((r) => r.includes(s.trim())), s).toBe(true);
  });
});
