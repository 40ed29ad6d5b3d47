import Papa from "papaparse";
import { diffScriptContent, type ScriptDiff } from "./diff";
import { type ScriptContent } from "./model";
import { readCsvRows } from "./csv-rows";
import { type CsvError, collectScripts } from "./csv-collect";

export { type CsvError } from "./csv-collect";

/** Column order of export; import accepts any order and needs at least key, tier, emotion, locale, text. */
export const SCRIPT_CSV_COLUMNS = ["key", "description", "tags", "channels", "tier", "emotion", "locale", "text", "quick_replies", "rich_kind", "rich_label", "rich_url"] as const;
export type ScriptCsvColumn = (typeof SCRIPT_CSV_COLUMNS)[number];
export const REQUIRED_CSV_COLUMNS: readonly ScriptCsvColumn[] = ["key", "tier", "emotion", "locale", "text"];

export type ParseScriptsResult = { ok: true; scripts: Map<string, ScriptContent> } | { ok: false; errors: CsvError[] };

export type ImportPlan = { create: string[]; update: { key: string; diff: ScriptDiff }[]; unchanged: string[] };

/**
 * One row per variant, lists joined with `|`, UTF-8 with a BOM and CRLF so Excel shows Chinese
 * correctly. Cells starting with = + - @ are prefixed with `'` (Excel formula injection);
 * import removes that prefix again. A script without variants becomes one row with empty variant
 * columns so it survives a round trip.
 */
export function exportScriptsCsv(scripts: ReadonlyMap<string, ScriptContent>): string {
  const rows: string[][] = [];
  for (const key of [...scripts.keys()].sort()) {
    const c = scripts.get(key) as ScriptContent;
    const meta = [key, c.description, c.tags.join("|"), c.channels.join("|")];
    if (c.variants.length === 0) rows.push([...meta, "", "", "", "", "", "", "", ""]);
    for (const v of c.variants) {
      rows.push([...meta, v.tier, v.emotion, v.locale, v.text, (v.quickReplies ?? []).join("|"), v.rich?.kind ?? "", v.rich?.label ?? "", v.rich?.url ?? ""]);
    }
  }
  const data = rows.map((row) => row.map(escapeFormula));
  return `\uFEFF${Papa.unparse({ fields: [...SCRIPT_CSV_COLUMNS], data }, { newline: "\r\n", quotes: false })}\r\n`;
}

/**
 * Parses a whole file; any error rejects the whole file (nothing is imported), each error with the
 * 1-based line of the file where its row starts (the header is line 1).
 */
export function parseScriptsCsv(text: string): ParseScriptsResult {
  const { header, rows, errors } = readCsvRows(text);
  if (!header) return { ok: false, errors: [{ line: 1, message: "the file is empty" }] };
  const headerErrors: CsvError[] = [];
  const names = header.map((h) => h.trim());
  names.forEach((name, i) => {
    if (!(SCRIPT_CSV_COLUMNS as readonly string[]).includes(name)) headerErrors.push({ line: 1, column: name, message: `unknown column "${name}"; allowed: ${SCRIPT_CSV_COLUMNS.join(", ")}` });
    else if (names.indexOf(name) !== i) headerErrors.push({ line: 1, column: name, message: `column "${name}" appears twice` });
  });
  for (const required of REQUIRED_CSV_COLUMNS) if (!names.includes(required)) headerErrors.push({ line: 1, column: required, message: `missing column "${required}"` });
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };

  const records: { line: number; cells: Partial<Record<ScriptCsvColumn, string>> }[] = [];
  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === "")) continue;
    if (row.cells.length !== names.length) {
      errors.push({ line: row.line, message: `expected ${names.length} fields, found ${row.cells.length}` });
      continue;
    }
    const cells: Partial<Record<ScriptCsvColumn, string>> = {};
    names.forEach((name, i) => (cells[name as ScriptCsvColumn] = unescapeFormula(row.cells[i])));
    records.push({ line: row.line, cells });
  }
  const collected = collectScripts(records);
  const all = [...errors, ...collected.errors].sort((a, b) => a.line - b.line);
  return all.length > 0 ? { ok: false, errors: all } : { ok: true, scripts: collected.scripts };
}

/** Dry run of an import: which keys would be created, updated (with the diff) or stay as they are. Keys absent from the file are left alone. */
export function planImport(existing: ReadonlyMap<string, ScriptContent>, incoming: ReadonlyMap<string, ScriptContent>): ImportPlan {
  const plan: ImportPlan = { create: [], update: [], unchanged: [] };
  for (const key of [...incoming.keys()].sort()) {
    const before = existing.get(key);
    const after = incoming.get(key) as ScriptContent;
    if (!before) plan.create.push(key);
    else {
      const diff = diffScriptContent(before, after);
      if (diff.changed) plan.update.push({ key, diff });
      else plan.unchanged.push(key);
    }
  }
  return plan;
}

// Any run of quotes before a formula character gains one quote, so removing one is exact.
const FORMULA_RE = /^'*[=+\-@\t\r]/;
function escapeFormula(cell: string): string {
  return FORMULA_RE.test(cell) ? `'${cell}` : cell;
}
function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_RE.test(cell) ? cell.slice(1) : cell;
}
