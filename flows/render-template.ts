import { z } from "zod";

/**
 * The one template renderer of the product (runtime, simulator, script preview).
 *
 * Syntax: `{{ path }}` or `{{ path | formatter | formatter:arg }}`, whitespace optional.
 * Paths are dot-separated identifiers or array indexes (`vars.items.0.name`) under the roots
 * `customer`, `vars`, `order` (falls back to `vars.order`), `conversation`, `understanding`.
 * Formatters: `money` / `money:"USD"`, `date` / `date:"long"`, `upper`, `lower`, `default:"…"`,
 * `truncate:N`. Arguments are a double-quoted string (`\"` escapes a quote) or a bare word/number.
 *
 * Safety: nothing is evaluated; only own properties are read, and `__proto__`, `constructor`,
 * `prototype` segments never resolve. A tag that is not valid (unknown formatter, bad path,
 * `{{{raw}}}`, which is deliberately unsupported) is kept as literal text and reported.
 *
 * Escaping: with `escape: "html"` the WHOLE output is escaped, template text included, so the
 * result can be inserted as HTML as-is; editors write plain text, never markup.
 */
export const templateContextSchema = z.object({
  customer: z
    .object({
      id: z.string().optional(),
      name: z.string().optional(),
      tier: z.string().optional(),
      locale: z.string().optional(),
      attributes: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  vars: z.record(z.string(), z.unknown()).optional(),
  order: z.unknown().optional(),
  conversation: z.record(z.string(), z.unknown()).optional(),
  understanding: z.unknown().optional(),
});
export type TemplateContext = z.infer<typeof templateContextSchema>;

export type RenderOptions = {
  escape?: "html" | "none";
  /** Locale for `money` and `date`; defaults to `customer.locale`, then zh-CN. */
  locale?: string;
  /** Time zone for `date` on timestamps; date-only values (`2024-11-08`) never shift. Default Asia/Shanghai. */
  timeZone?: string;
};

export type RenderResult = {
  text: string;
  /** Paths that resolved to nothing (and had no `default`), in order of first use. */
  missing: string[];
  /** Formatter names that are not part of the set; their tags were left literal. */
  unknownFormatters: string[];
  /** Tags that could not be parsed (e.g. `{{{x}}}`, `{{ a b }}`), left literal. */
  invalidTags: string[];
};

export const TEMPLATE_FORMATTERS = ["money", "date", "upper", "lower", "default", "truncate"] as const;

export type TemplateTag = { raw: string; path: string; formatters: { name: string; arg?: string }[] };
export type TemplateToken = { kind: "text"; value: string } | { kind: "tag"; tag: TemplateTag } | { kind: "invalid"; raw: string };

/** Renders `template` against `context`; never throws on template content. */
export function renderTemplate(template: string, context: TemplateContext, options: RenderOptions = {}): RenderResult {
  const locale = options.locale ?? context.customer?.locale ?? "zh-CN";
  const timeZone = options.timeZone ?? "Asia/Shanghai";
  const missing = new Set<string>();
  const unknownFormatters = new Set<string>();
  const invalidTags: string[] = [];
  let text = "";
  for (const token of parseTemplate(template)) {
    if (token.kind === "text") text += token.value;
    else if (token.kind === "invalid") {
      invalidTags.push(token.raw);
      text += token.raw;
    } else {
      const unknown = token.tag.formatters.filter((f) => !isFormatter(f.name));
      if (unknown.length > 0) {
        for (const f of unknown) unknownFormatters.add(f.name);
        text += token.tag.raw;
        continue;
      }
      let value = lookup(context, token.tag.path);
      for (const f of token.tag.formatters) value = applyFormatter(f.name as Formatter, f.arg, value, locale, timeZone);
      const out = stringify(value);
      if (out === undefined) missing.add(token.tag.path);
      text += out ?? "";
    }
  }
  return {
    text: options.escape === "html" ? escapeHtml(text) : text,
    missing: [...missing],
    unknownFormatters: [...unknownFormatters],
    invalidTags,
  };
}

/** Distinct variable paths used by valid tags, in order of first use (`customer.name`, `vars.orderId`). */
export function listTemplateVariables(template: string): string[] {
  const paths = new Set<string>();
  for (const token of parseTemplate(template)) if (token.kind === "tag") paths.add(token.tag.path);
  return [...paths];
}

/** Splits a template into text and tags; exported for lint, which reports what render tolerates. */
export function parseTemplate(template: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let pos = 0;
  while (pos < template.length) {
    const open = template.indexOf("{{", pos);
    if (open < 0) break;
    const found = findClose(template, open + 2);
    if (found === undefined) break;
    if ("reopen" in found) {
      tokens.push({ kind: "text", value: template.slice(pos, found.reopen) });
      pos = found.reopen;
      continue;
    }
    const close = found.close;
    if (open > pos) tokens.push({ kind: "text", value: template.slice(pos, open) });
    // `{{{x}}}`: swallow the extra braces so the literal is kept whole
    let end = close + 2;
    while (template[open + 2] === "{" && template[end] === "}") end += 1;
    const raw = template.slice(open, end);
    const tag = template[open + 2] === "{" ? undefined : parseTag(raw, template.slice(open + 2, close));
    tokens.push(tag ? { kind: "tag", tag } : { kind: "invalid", raw });
    pos = end;
  }
  if (pos < template.length) tokens.push({ kind: "text", value: template.slice(pos) });
  return tokens;
}

type Formatter = (typeof TEMPLATE_FORMATTERS)[number];
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "constructor", "prototype"]);
const PATH_RE = /^[A-Za-z_][A-Za-z0-9_]*(?:\.(?:[A-Za-z_][A-Za-z0-9_]*|\d+))*$/;

function isFormatter(name: string): name is Formatter {
  return (TEMPLATE_FORMATTERS as readonly string[]).includes(name);
}

function findClose(s: string, from: number): { close: number } | { reopen: number } | undefined {
  let inQuote = false;
  for (let i = from; i < s.length; i += 1) {
    const c = s[i];
    if (inQuote) {
      if (c === "\\") i += 1;
      else if (c === '"') inQuote = false;
    } else if (c === '"') inQuote = true;
    else if (c === "}" && s[i + 1] === "}") return { close: i };
    // unbalanced `{{ a {{ b }}`: the first opener is plain text (a leading `{` is the `{{{` case)
    else if (c === "{" && s[i + 1] === "{" && i > from) return { reopen: i };
  }
  return undefined;
}

function parseTag(raw: string, inner: string): TemplateTag | undefined {
  const parts = splitPipes(inner);
  if (!parts) return undefined;
  const path = parts[0].trim();
  if (!PATH_RE.test(path)) return undefined;
  const formatters: TemplateTag["formatters"] = [];
  for (const part of parts.slice(1)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*("(?:[^"\\]|\\.)*"|[^\s"]+)\s*)?$/.exec(part);
    if (!m) return undefined;
    const arg = m[2] === undefined ? undefined : m[2].startsWith('"') ? m[2].slice(1, -1).replace(/\\(.)/g, "$1") : m[2];
    formatters.push(arg === undefined ? { name: m[1] } : { name: m[1], arg });
  }
  return { raw, path, formatters };
}

function splitPipes(inner: string): string[] | undefined {
  const parts: string[] = [];
  let current = "";
  let inQuote = false;
  for (let i = 0; i < inner.length; i += 1) {
    const c = inner[i];
    if (inQuote && c === "\\") {
      current += c + (inner[i + 1] ?? "");
      i += 1;
      continue;
    }
    if (c === '"') inQuote = !inQuote;
    if (c === "|" && !inQuote) {
      parts.push(current);
      current = "";
    } else current += c;
  }
  if (inQuote) return undefined;
  parts.push(current);
  return parts;
}

function lookup(context: TemplateContext, path: string): unknown {
  const segments = path.split(".");
  if (segments.some((s) => FORBIDDEN_SEGMENTS.has(s))) return undefined;
  const [root, ...rest] = segments;
  let value: unknown = readOwn(context, root);
  if (root === "order" && value === undefined) value = readOwn(context.vars, "order");
  for (const segment of rest) value = readOwn(value, segment);
  return value;
}

function readOwn(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object") return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

function applyFormatter(name: Formatter, arg: string | undefined, value: unknown, locale: string, timeZone: string): unknown {
  if (name === "default") return isEmpty(value) ? (arg ?? "") : value;
  if (isEmpty(value)) return value;
  switch (name) {
    case "upper":
      return stringify(value)?.toUpperCase();
    case "lower":
      return stringify(value)?.toLowerCase();
    case "truncate": {
      const max = Number(arg);
      const chars = Array.from(stringify(value) ?? "");
      if (!Number.isInteger(max) || max < 0 || chars.length <= max) return chars.join("");
      return `${chars.slice(0, max).join("")}…`;
    }
    case "money": {
      const amount = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
      if (!Number.isFinite(amount)) return value;
      const currency = /^[A-Za-z]{3}$/.test(arg ?? "") ? (arg as string).toUpperCase() : "CNY";
      return new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
    }
    case "date":
      return formatDate(value, arg, locale, timeZone);
  }
}

function formatDate(value: unknown, style: string | undefined, locale: string, timeZone: string): unknown {
  const dateOnly = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = value instanceof Date ? value : typeof value === "string" || typeof value === "number" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return value;
  const zone = dateOnly ? "UTC" : timeZone;
  if (style === "long") return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: zone }).format(date);
  const parts = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: zone }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

// Objects would print as "[object Object]": they count as missing rather than leaking structure.
function stringify(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return value.map((v) => String(v ?? "")).join(", ");
  return undefined;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}
