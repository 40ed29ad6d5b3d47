import { parseTemplate, TEMPLATE_FORMATTERS } from "../../flows/render-template";
import { SCRIPT_CHANNELS, type ScriptChannel, type ScriptContent, variantAddress } from "./model";

export const DEFAULT_CHANNEL_LIMITS: Record<ScriptChannel, number> = { web: 500, app: 500, email: 5000, phone: 200, custom: 1000 };
export const DEFAULT_VARIABLE_ROOTS = ["customer", "vars", "order", "conversation", "understanding"] as const;
const CUSTOMER_FIELDS = new Set(["id", "name", "tier", "locale"]);

export type LintCode = "unknown_variable" | "too_long" | "banned_word" | "empty_text" | "unknown_formatter" | "invalid_tag" | "duplicate_variant";

export type LintIssue = {
  variantIndex: number;
  code: LintCode;
  /** English sentence for logs; the UI translates by `code` + `params`. */
  message: string;
  params: Record<string, string | number>;
  /** Errors block publishing; warnings are shown but allowed. */
  severity: "error" | "warning";
};

export type LintOptions = {
  knownRoots?: readonly string[];
  channelLimits?: Partial<Record<ScriptChannel, number>>;
  bannedWords?: readonly string[];
};

const SEVERITY: Record<LintCode, LintIssue["severity"]> = {
  unknown_variable: "error",
  too_long: "warning",
  banned_word: "error",
  empty_text: "error",
  unknown_formatter: "error",
  invalid_tag: "warning",
  duplicate_variant: "error",
};

/**
 * Checks a (draft) script. Length is measured in characters of the template text against the
 * strictest limit among the script's channels; a script with no channels may be sent anywhere,
 * so every channel's limit applies.
 */
export function lintScript(content: ScriptContent, options: LintOptions = {}): LintIssue[] {
  const roots = new Set(options.knownRoots ?? DEFAULT_VARIABLE_ROOTS);
  const limits = { ...DEFAULT_CHANNEL_LIMITS, ...options.channelLimits };
  const channels = content.channels.length > 0 ? content.channels : SCRIPT_CHANNELS;
  const strictest = channels.map((channel) => ({ channel, limit: limits[channel] })).reduce((a, b) => (b.limit < a.limit ? b : a));
  const banned = (options.bannedWords ?? []).map((w) => w.trim()).filter((w) => w !== "");
  const issues: LintIssue[] = [];
  const push = (variantIndex: number, code: LintCode, message: string, params: LintIssue["params"] = {}) =>
    issues.push({ variantIndex, code, message, params, severity: SEVERITY[code] });
  const seen = new Map<string, number>();

  content.variants.forEach((variant, i) => {
    const address = variantAddress(variant);
    const first = seen.get(address);
    if (first !== undefined) push(i, "duplicate_variant", `Variant ${address} is defined twice (also variant ${first + 1}).`, { address, other: first });
    else seen.set(address, i);

    if (variant.text.trim() === "") push(i, "empty_text", `Variant ${address} has no text.`, { address });
    const length = Array.from(variant.text).length;
    if (length > strictest.limit) {
      push(i, "too_long", `${length} characters; the ${strictest.channel} channel allows ${strictest.limit}.`, { length, limit: strictest.limit, channel: strictest.channel });
    }

    const spoken = [variant.text, ...(variant.quickReplies ?? []), variant.rich?.label ?? ""].join("\n").toLowerCase();
    for (const word of banned) if (spoken.includes(word.toLowerCase())) push(i, "banned_word", `Contains the banned word "${word}".`, { word });

    for (const token of parseTemplate(variant.text)) {
      if (token.kind === "invalid") {
        push(i, "invalid_tag", `"${token.raw}" is not a valid placeholder and will be shown as typed.`, { tag: token.raw });
        continue;
      }
      if (token.kind !== "tag") continue;
      for (const f of token.tag.formatters) {
        if (!(TEMPLATE_FORMATTERS as readonly string[]).includes(f.name)) {
          push(i, "unknown_formatter", `Unknown formatter "${f.name}"; known: ${TEMPLATE_FORMATTERS.join(", ")}.`, { formatter: f.name });
        }
      }
      const problem = variableProblem(token.tag.path, roots);
      if (problem) push(i, "unknown_variable", `Unknown variable ${token.tag.path}: ${problem}.`, { path: token.tag.path });
    }
  });
  return issues;
}

function variableProblem(path: string, roots: Set<string>): string | undefined {
  const [root, field, ...rest] = path.split(".");
  if (!roots.has(root)) return `roots are ${[...roots].join(", ")}`;
  if (root !== "customer") return field === undefined ? "name a field under the root" : undefined;
  if (field === "attributes") return rest.length > 0 ? undefined : "use customer.attributes.<name>";
  if (field === undefined || !CUSTOMER_FIELDS.has(field) || rest.length > 0) return "customer fields are id, name, tier, locale, attributes.*";
  return undefined;
}
