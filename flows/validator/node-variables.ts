import { listTemplateVariables } from "../render-template";
import type { FlowNode, ReplySpec } from "../schema/nodes";

/** Every template string a node holds, with where it sits (for messages). */
export function nodeTemplates(node: FlowNode): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const reply = (where: string, spec: ReplySpec | undefined) => {
    if (spec?.text !== undefined) out.push({ where, text: spec.text });
  };
  switch (node.type) {
    case "message":
      reply("reply", node.data.reply);
      break;
    case "ask":
      reply("prompt", node.data.prompt);
      reply("reprompt", node.data.reprompt);
      break;
    case "api_call":
      out.push({ where: "path", text: node.data.path });
      collectStrings(node.data.body, "body", out);
      break;
    case "set_variable":
      node.data.assignments.forEach((a) => out.push({ where: `value of ${a.variable}`, text: a.value }));
      break;
    case "kb_answer":
      out.push({ where: "query", text: node.data.query });
      break;
    case "recommend":
      reply("intro", node.data.intro);
      break;
    case "handoff":
      reply("notice", node.data.notice);
      out.push({ where: "note", text: node.data.note });
      break;
    case "create_ticket":
      out.push({ where: "title", text: node.data.title });
      node.data.fields.forEach((f) => out.push({ where: `field ${f.name}`, text: f.value }));
      break;
    case "end":
      reply("message", node.data.message);
      reply("CSAT prompt", node.data.csatPrompt);
      break;
    case "start":
    case "condition":
    case "intent_switch":
    case "experiment_split":
      break;
  }
  return out;
}

function collectStrings(value: unknown, where: string, out: { where: string; text: string }[]): void {
  if (typeof value === "string") out.push({ where, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => collectStrings(item, `${where}[${i}]`, out));
  else if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) collectStrings(inner, `${where}.${key}`, out);
}

/** Flow variables a node reads: `{{vars.x}}` / `{{order.x}}` in its templates, `vars.x` in conditions, list variables. */
export function variablesRead(node: FlowNode): Set<string> {
  const read = new Set<string>();
  const addPath = (path: string) => {
    const [root, name] = path.split(".");
    if (root === "vars" && name) read.add(name);
    if (root === "order") read.add("order");
  };
  for (const { text } of nodeTemplates(node)) for (const path of listTemplateVariables(text)) addPath(path);
  if (node.type === "condition") for (const branch of node.data.branches) for (const path of conditionFields(branch.condition)) addPath(path);
  if (node.type === "recommend") read.add(node.data.itemsVariable);
  return read;
}

/** Variables a node sets when it leaves by `handle`. */
export function variablesSet(node: FlowNode, handle: string): string[] {
  switch (node.type) {
    case "ask":
      if (handle !== "success") return [];
      return node.data.validator.kind === "choice" ? [node.data.variable, `${node.data.variable}Text`] : [node.data.variable];
    case "api_call":
      return handle === "success" ? node.data.mapping.map((m) => m.to) : [];
    case "set_variable":
      return node.data.assignments.map((a) => a.variable);
    case "create_ticket":
      return handle === "next" ? [node.data.idVariable] : [];
    case "experiment_split":
      return [`experiment_${node.data.experimentKey}`];
    default:
      return [];
  }
}

/** Field paths a GrowthBook condition reads (keys that are not operators, at any depth of $and/$or/$nor/$not). */
export function conditionFields(condition: unknown): string[] {
  const fields: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== "object") return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$and" || key === "$or" || key === "$nor") walk(inner);
      else if (key === "$not") walk(inner);
      else if (!key.startsWith("$")) fields.push(key);
    }
  };
  walk(condition);
  return fields;
}
