/**
 * Test helper: writes small but real PDFs. Text uses a Type0/Identity-H font with a ToUnicode
 * CMap (no embedded glyphs: pdf.js extracts text from the CMap, which is all a text layer is),
 * so Chinese text needs no font file. A "scanned" PDF has only a drawn rectangle, no text.
 */

/** A line of text placed on a page (PDF points, origin bottom-left). */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/** Builds a PDF with the given lines per page; `shuffle` writes lines out of reading order. */
export function makeTextPdf(pages: PlacedLine[][], options: { shuffle?: boolean } = {}): Uint8Array {
  const cids = new Map<string, number>();
  for (const page of pages) for (const l of page) for (const ch of l.text) if (!cids.has(ch)) cids.set(ch, cids.size + 1);
  const hex4 = (n: number): string => n.toString(16).padStart(4, '0').toUpperCase();
  const toUnicodeHex = utf16Hex;
  const entries = [...cids.entries()];
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.map(([ch, cid]) => `<${hex4(cid)}> <${toUnicodeHex(ch)}>`).join('\n')}\nendbfchar`);
  }
  const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${chunks.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1 catalog, 2 pages, 3 font, 4 cid font, 5 descriptor, 6 tounicode, then page/content pairs.
  objects[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>';
  objects[4] = '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 >>';
  objects[5] = '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>';
  objects[6] = stream(cmap);
  let next = 7;
  for (const page of pages) {
    const lines = options.shuffle ? [...page].reverse() : page;
    const ops = lines
      .map((l) => `BT /F1 ${l.size ?? 16} Tf 1 0 0 1 ${l.x} ${l.y} Tm <${Array.from(l.text, (ch) => hex4(cids.get(ch)!)).join('')}> Tj ET`)
      .join('\n');
    objects[next] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${next + 1} 0 R >>`;
    objects[next + 1] = stream(ops);
    pageIds.push(next);
    next += 2;
  }
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  return assemble(objects);
}

/** A one-page PDF with a filled rectangle and no text layer (what a scan looks like to pdf.js). */
export function makeScannedPdf(): Uint8Array {
  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
  objects[3] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>';
  objects[4] = stream('0.5 g 72 72 451 698 re f');
  return assemble(objects);
}

function utf16Hex(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += ch.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return out;
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

/** Numbers the objects, writes the xref table with real byte offsets and the trailer. */
function assemble(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
