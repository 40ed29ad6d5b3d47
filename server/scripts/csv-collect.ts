import type { z } from "zod";
import { type ScriptContent, type ScriptVariant, scriptContentSchema, scriptKeySchema, scriptMetadataSchema, variantAddress, variantSchema } from "./model";
import type { ScriptCsvColumn } from "./csv";

export type CsvError = { line: number; column?: string; message: string };
type CsvRecord = { line: number; cells: Partial<Record<ScriptCsvColumn, string>> };
type Group = { firstLine: number; meta: Record<"description" | "tags" | "channels", string>; content: ScriptContent; lines: Map<string, number> };

const VARIANT_COLUMNS: ScriptCsvColumn[] = ["tier", "emotion", "locale", "text", "quick_replies", "rich_kind", "rich_label", "rich_url"];
const META_COLUMNS = ["description", "tags", "channels"] as const;
const FIELD_TO_COLUMN: Record<string, ScriptCsvColumn> = { quickReplies: "quick_replies", kind: "rich_kind", label: "rich_label", url: "rich_url", tags: "tags", channels: "channels" };

/** Groups validated rows into scripts by key; every problem is reported with its line and column. */
export function collectScripts(records: CsvRecord[]): { scripts: Map<string, ScriptContent>; errors: CsvError[] } {
  const groups = new Map<string, Group>();
  const errors: CsvError[] = [];
  for (const { line, cells } of records) {
    const err = (column: ScriptCsvColumn | undefined, message: string) => errors.push(column ? { line, column, message } : { line, message });
    const key = (cells.key ?? "").trim();
    const keyCheck = scriptKeySchema.safeParse(key);
    if (!keyCheck.success) {
      err("key", key === "" ? "missing key" : `invalid key "${key}": ${firstMessage(keyCheck.error)}`);
      continue;
    }
    const meta = { description: cells.description ?? "", tags: cells.tags ?? "", channels: cells.channels ?? "" };
    let group = groups.get(key);
    if (!group) {
      const parsed = scriptMetadataSchema.safeParse({ description: meta.description, tags: splitList(meta.tags), channels: splitList(meta.channels) });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const column = columnOf(issue.path, "description");
          const item = typeof issue.path[1] === "number" ? splitList(column === "tags" ? meta.tags : meta.channels)[issue.path[1]] : undefined;
          err(column, item === undefined ? issue.message : `invalid ${column} item "${item}": ${issue.message}`);
        }
        continue;
      }
      group = { firstLine: line, meta, content: { ...parsed.data, variants: [] }, lines: new Map() };
      groups.set(key, group);
    } else {
      // later rows may leave the script columns blank; a different value is a conflict, not an edit
      for (const column of META_COLUMNS) {
        if (meta[column] !== "" && meta[column] !== group.meta[column]) err(column, `${column} differs from line ${group.firstLine} of the same key`);
      }
    }
    if (VARIANT_COLUMNS.every((c) => (cells[c] ?? "") === "")) continue; // a script saved without variants
    const variant = parseVariant(cells, err);
    if (!variant) continue;
    const address = variantAddress(variant);
    const first = group.lines.get(address);
    if (first !== undefined) err("tier", `duplicate variant ${address} of ${key} (first on line ${first})`);
    else {
      group.lines.set(address, line);
      group.content.variants.push(variant);
    }
  }
  const scripts = new Map<string, ScriptContent>();
  for (const [key, group] of groups) {
    const checked = scriptContentSchema.safeParse(group.content);
    if (checked.success) scripts.set(key, checked.data);
    else for (const issue of checked.error.issues) errors.push({ line: group.firstLine, message: `${key}: ${issue.message}` });
  }
  return { scripts, errors };
}

function parseVariant(cells: CsvRecord["cells"], err: (column: ScriptCsvColumn | undefined, message: string) => void): ScriptVariant | undefined {
  const text = cells.text ?? "";
  if (text.trim() === "") {
    err("text", "empty text");
    return undefined;
  }
  const quickReplies = splitList(cells.quick_replies ?? "");
  const richCells = [cells.rich_kind, cells.rich_label, cells.rich_url].map((c) => (c ?? "").trim());
  const candidate = {
    tier: (cells.tier ?? "").trim(),
    emotion: (cells.emotion ?? "").trim(),
    locale: (cells.locale ?? "").trim(),
    text,
    ...(quickReplies.length > 0 ? { quickReplies } : {}),
    ...(richCells.some((c) => c !== "") ? { rich: { kind: richCells[0], label: richCells[1], url: richCells[2] } } : {}),
  };
  const parsed = variantSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const column = columnOf(issue.path, "text");
    const value = column ? (cells[column] ?? "") : "";
    err(column, issue.code === "invalid_value" ? `invalid ${column} "${value}": ${issue.message}` : issue.message);
  }
  return undefined;
}

function columnOf(path: PropertyKey[], fallback: ScriptCsvColumn): ScriptCsvColumn {
  const named = [...path].reverse().find((p): p is string => typeof p === "string");
  if (named && named in FIELD_TO_COLUMN) return FIELD_TO_COLUMN[named];
  return (named as ScriptCsvColumn | undefined) ?? fallback;
}

function splitList(cell: string): string[] {
  return cell
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? "invalid";
}
