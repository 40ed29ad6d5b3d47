import { parseTemplate, TEMPLATE_FORMATTERS } from "../render-template";
import type { FlowDefinition } from "../schema/flow";
import type { FlowNode, ReplySpec } from "../schema/nodes";
import { conditionFields, nodeTemplates } from "./node-variables";
import type { FlowProblem } from "./problems";

/** What exists outside the flow; an omitted set is not checked (the designer may not know it yet). */
export type FlowCatalog = {
  scriptKeys?: ReadonlySet<string>;
  connections?: ReadonlySet<string>;
  /** Experiment key → its variation keys. */
  experiments?: ReadonlyMap<string, readonly string[]>;
  skillGroups?: ReadonlySet<string>;
  intents?: ReadonlySet<string>;
};

const OPERATORS = new Set(["$eq", "$ne", "$lt", "$lte", "$gt", "$gte", "$exists", "$in", "$nin", "$all", "$elemMatch", "$size", "$regex", "$regexi", "$not", "$and", "$or", "$nor", "$type", "$veq", "$vne", "$vgt", "$vgte", "$vlt", "$vlte", "$inGroup", "$notInGroup"]);
const ROOTS = new Set(["customer", "vars", "understanding", "channel"]);

export function checkReferences(flow: FlowDefinition, catalog: FlowCatalog): FlowProblem[] {
  return flow.nodes.flatMap((node) => [...referenceProblems(node, catalog), ...conditionProblems(node), ...templateProblems(node)]);
}

function replyKeys(node: FlowNode): ReplySpec[] {
  switch (node.type) {
    case "message":
      return [node.data.reply];
    case "ask":
      return [node.data.prompt, ...(node.data.reprompt ? [node.data.reprompt] : [])];
    case "recommend":
      return [node.data.intro];
    case "handoff":
      return node.data.notice ? [node.data.notice] : [];
    case "end":
      return [...(node.data.message ? [node.data.message] : []), ...(node.data.csat ? [node.data.csatPrompt ?? { scriptKey: "csat.ask" }] : [])];
    default:
      return [];
  }
}

function referenceProblems(node: FlowNode, catalog: FlowCatalog): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const error = (code: FlowProblem["code"], message: string, severity: FlowProblem["severity"] = "error") => problems.push({ nodeId: node.id, code, message, severity });
  if (catalog.scriptKeys) {
    for (const spec of replyKeys(node)) {
      if (spec.scriptKey && !catalog.scriptKeys.has(spec.scriptKey)) error("unknown_script_key", `Script "${spec.scriptKey}" is not in the script library.`);
    }
  }
  if (node.type === "api_call" && catalog.connections && !catalog.connections.has(node.data.connection)) {
    error("unknown_connection", `Connection "${node.data.connection}" is not configured in settings.`);
  }
  if (node.type === "handoff" && catalog.skillGroups && !catalog.skillGroups.has(node.data.skillGroup)) {
    error("unknown_skill_group", `Skill group "${node.data.skillGroup}" does not exist.`);
  }
  if (node.type === "experiment_split" && catalog.experiments) {
    const variations = catalog.experiments.get(node.data.experimentKey);
    if (!variations) error("unknown_experiment", `Experiment "${node.data.experimentKey}" does not exist.`);
    else {
      const extra = node.data.variations.filter((v) => !variations.includes(v));
      const missing = variations.filter((v) => !node.data.variations.includes(v));
      if (extra.length > 0 || missing.length > 0) {
        error("unknown_variation", `Exits must be the experiment's variations (${variations.join(", ")})${extra.length ? `; unknown: ${extra.join(", ")}` : ""}${missing.length ? `; missing: ${missing.join(", ")}` : ""}.`);
      }
    }
  }
  if (catalog.intents) {
    const intents = node.type === "start" ? node.data.intents : node.type === "intent_switch" ? node.data.cases.map((c) => c.intent) : [];
    for (const intent of intents) if (!catalog.intents.has(intent)) error("unknown_intent", `Intent "${intent}" is not in the intent model.`, "warning");
  }
  if (node.type === "start" && node.data.intents.length === 0 && !node.data.catchAll) {
    error("no_start_trigger", "Add trigger intents, or mark this flow as the catch-all.", "warning");
  }
  return problems;
}

function conditionProblems(node: FlowNode): FlowProblem[] {
  if (node.type !== "condition") return [];
  const problems: FlowProblem[] = [];
  for (const branch of node.data.branches) {
    const bad = badOperator(branch.condition);
    if (bad) problems.push({ nodeId: node.id, code: "invalid_condition", severity: "error", message: `Branch "${branch.id}": ${bad}` });
    for (const field of conditionFields(branch.condition)) {
      if (!ROOTS.has(field.split(".")[0])) {
        problems.push({ nodeId: node.id, code: "invalid_condition", severity: "warning", message: `Branch "${branch.id}" reads "${field}", which is under none of ${[...ROOTS].join(", ")}.` });
      }
    }
  }
  return problems;
}

function badOperator(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const bad = badOperator(item);
      if (bad) return bad;
    }
    return null;
  }
  if (!value || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith("$") && !OPERATORS.has(key)) return `unknown operator ${key}`;
    if ((key === "$and" || key === "$or" || key === "$nor") && !Array.isArray(inner)) return `${key} takes a list of conditions`;
    if ((key === "$in" || key === "$nin" || key === "$all") && !Array.isArray(inner)) return `${key} takes a list of values`;
    if ((key === "$regex" || key === "$regexi") && (typeof inner !== "string" || !isRegex(inner))) return `${key} needs a valid regular expression`;
    const bad = badOperator(inner);
    if (bad) return bad;
  }
  return null;
}

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

function templateProblems(node: FlowNode): FlowProblem[] {
  const problems: FlowProblem[] = [];
  for (const { where, text } of nodeTemplates(node)) {
    for (const token of parseTemplate(text)) {
      if (token.kind === "invalid") problems.push({ nodeId: node.id, code: "invalid_template", severity: "error", message: `In the ${where}: "${token.raw}" is not a valid tag.` });
      if (token.kind === "tag") {
        for (const formatter of token.tag.formatters) {
          if (!(TEMPLATE_FORMATTERS as readonly string[]).includes(formatter.name)) {
            problems.push({ nodeId: node.id, code: "invalid_template", severity: "error", message: `In the ${where}: unknown formatter "${formatter.name}" (known: ${TEMPLATE_FORMATTERS.join(", ")}).` });
          }
        }
      }
    }
  }
  return problems;
}
