/**
 * The syntax tree of the export template language and its error helper (see
 * template-parse.ts for the language itself).
 */
import { AppFailure } from '../bulletin/result';

/** A value: a variable path, or a literal. */
export type Operand =
  | { kind: 'path'; path: string[]; line: number }
  | { kind: 'literal'; value: string | number | boolean | null };

/** A filter call in a chain. */
export interface FilterCall {
  name: string;
  args: Operand[];
  line: number;
}

/** A value with its filters, the unit of output and of comparisons. */
export interface Filtered {
  operand: Operand;
  filters: FilterCall[];
}

/** A condition of if/elif. */
export type Condition =
  | { kind: 'value'; value: Filtered }
  | { kind: 'compare'; op: '==' | '!=' | '<' | '>' | '<=' | '>='; left: Filtered; right: Filtered }
  | { kind: 'not'; inner: Condition }
  | { kind: 'and' | 'or'; left: Condition; right: Condition };

/** A node of the template tree. */
export type TemplateNode =
  | { type: 'text'; value: string }
  /** `yaml`: the output sits in the template's own front matter and is escaped as YAML. */
  | { type: 'output'; value: Filtered; line: number; yaml: boolean }
  | { type: 'if'; branches: { cond: Condition; body: TemplateNode[] }[]; otherwise: TemplateNode[]; line: number }
  | { type: 'for'; name: string; list: Filtered; body: TemplateNode[]; otherwise: TemplateNode[]; line: number };

/** Throws the template error for a line. */
export function failAt(line: number, message: string): never {
  throw new AppFailure('bad_template', `line ${line}: ${message}`);
}

