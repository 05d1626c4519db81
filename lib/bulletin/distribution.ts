/**
 * The closing blocks of a bulletin: the distribution list (报：/送：/发：/抄送：/主送：),
 * the 印发 line (who printed it, when, how many copies), attachments and the signature.
 */

const LABEL_RE = /^(抄送|主送|抄报|分送|报送|印送|报|送|发) ?[：:] ?/;
const PRINT_RE = /印发 ?$|印发[）)]?$|共印 ?\d+ ?份|^[（(]?共印/;
const ATTACHMENT_RE = /^附 ?件 ?(\d{0,2}) ?[：:.．、]? ?/;
const NUMBERED_RE = /^\d{1,2} ?[.．、] ?(?=\S)/;
const ORG_RE = /(?:办公室|委员会|领导小组|小组|人民政府|政府|党委|党组|支部|厅|局|部|处|科|室|协会|学会|科协|联合会|工会|团委|妇联|中心|院|所|站|公司|集团|大学|学校|学院|会)$/;

/** A distribution line split into its label and recipients. */
export interface DistributionMatch {
  label: string;
  recipients: string;
}

/** Reads `报：…` / `抄送：…` lines; null for anything else. */
export function matchDistribution(line: string): DistributionMatch | null {
  const m = LABEL_RE.exec(line);
  if (!m) return null;
  return { label: m[1]!, recipients: line.slice(m[0].length).trim() };
}

/** Tests for a 印发 line (`河南省科协办公室 2021年3月22日印发`, `共印20份`). */
export function isPrintLine(line: string): boolean {
  return line.length <= 80 && PRINT_RE.test(line);
}

/**
 * Reads an attachment heading (`附件：1.xxx`, `附件2：xxx`, `附件`). Returns the attachment
 * named on the line ('' when the line only opens the list), or null when it is no such line.
 */
export function matchAttachment(line: string): string | null {
  if (line.length > 120) return null;
  const m = ATTACHMENT_RE.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length);
  // 附件 must be followed by a colon, a number or nothing: 附件中的数据… is prose.
  if (rest && !/[：:.．、]/.test(m[0]) && !m[1]) return null;
  return stripNumbering(rest);
}

/** Tests whether a line continues an attachment list (`2.xxx`). */
export function isNumberedItem(line: string): boolean {
  return line.length <= 120 && NUMBERED_RE.test(line) && !/。$/.test(line);
}

/** Removes list numbering (`1.`, `2、`) from an item. */
export function stripNumbering(s: string): string {
  return s.replace(NUMBERED_RE, '').trim();
}

/** Tests whether a short line reads like an organisation's name (a signature / 落款). */
export function isOrganizationName(line: string): boolean {
  return line.length >= 2 && line.length <= 40 && !/[。，；！？,;]/.test(line) && ORG_RE.test(line);
}
