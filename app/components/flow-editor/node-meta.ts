import { ArrowLeftRight, BookOpen, CircleHelp, CircleStop, FlaskConical, GitBranch, Headset, MessageSquare, Play, Signpost, Star, Ticket, Variable, type LucideIcon } from "lucide-react";
import type { FlowNode, NodeType, ReplySpec } from "../../../flows";

/** Icon, accent and default data of each node type: what the palette offers and the canvas draws. */
export const NODE_META: Record<NodeType, { icon: LucideIcon; accent: string }> = {
  start: { icon: Play, accent: "bg-emerald-500" },
  message: { icon: MessageSquare, accent: "bg-sky-500" },
  ask: { icon: CircleHelp, accent: "bg-indigo-500" },
  condition: { icon: GitBranch, accent: "bg-amber-500" },
  intent_switch: { icon: Signpost, accent: "bg-violet-500" },
  api_call: { icon: ArrowLeftRight, accent: "bg-cyan-600" },
  set_variable: { icon: Variable, accent: "bg-slate-500" },
  experiment_split: { icon: FlaskConical, accent: "bg-fuchsia-500" },
  kb_answer: { icon: BookOpen, accent: "bg-teal-500" },
  recommend: { icon: Star, accent: "bg-yellow-500" },
  handoff: { icon: Headset, accent: "bg-orange-500" },
  create_ticket: { icon: Ticket, accent: "bg-rose-500" },
  end: { icon: CircleStop, accent: "bg-slate-800" },
};

export const PALETTE: NodeType[] = ["message", "ask", "condition", "intent_switch", "api_call", "set_variable", "kb_answer", "recommend", "experiment_split", "create_ticket", "handoff", "end"];

/** A new node of a type with data that parses (the inspector then refines it). */
export function defaultNode(type: NodeType, id: string, position: { x: number; y: number }): FlowNode {
  const base = { id, position };
  switch (type) {
    case "start": return { ...base, type, data: { intents: [], channels: [], catchAll: false } };
    case "message": return { ...base, type, data: { reply: { scriptKey: "common.anything_else" } } };
    case "ask": return { ...base, type, data: { prompt: { scriptKey: "order.ask_number" }, variable: "orderId", validator: { kind: "order_number" }, maxRetries: 2, useCurrentMessage: true } };
    case "condition": return { ...base, type, data: { branches: [{ id: "vip", label: "VIP", condition: { "customer.tier": "vip" } }] } };
    case "intent_switch": return { ...base, type, data: { cases: [{ intent: "greeting", minConfidence: 0 }], waitForMessage: true } };
    case "api_call": return { ...base, type, data: { connection: "orders", method: "GET", path: "/orders/{{vars.orderId}}", timeoutMs: 3000, retries: 1, mapping: [{ from: "status", to: "orderStatus" }] } };
    case "set_variable": return { ...base, type, data: { assignments: [{ variable: "note", value: "" }] } };
    case "experiment_split": return { ...base, type, data: { experimentKey: "experiment", variations: ["control", "treatment"] } };
    case "kb_answer": return { ...base, type, data: { query: "" } };
    case "recommend": return { ...base, type, data: { intro: { text: "为您推荐 / You may like" }, itemsVariable: "items", titleField: "name", max: 3 } };
    case "handoff": return { ...base, type, data: { skillGroup: "junior", priority: "normal", notice: { scriptKey: "handoff.notice" }, note: "" } };
    case "create_ticket": return { ...base, type, data: { ticketType: "complaint", title: "{{customer.name}}", priority: "normal", fields: [], idVariable: "ticketId" } };
    case "end": return { ...base, type, data: { outcome: "resolved", csat: false } };
  }
}

function reply(spec: ReplySpec | undefined): string {
  if (!spec) return "";
  return spec.scriptKey ? spec.scriptKey : `“${(spec.text ?? "").slice(0, 40)}”`;
}

/** The one line under a node's title: its script, path, condition or outcome. */
export function summaryOf(node: FlowNode): string {
  switch (node.type) {
    case "start": return node.data.catchAll ? "catch-all" : node.data.intents.join(", ") || "—";
    case "message": return reply(node.data.reply);
    case "ask": return `${reply(node.data.prompt)} → {{${node.data.variable}}} (${node.data.validator.kind})`;
    case "condition": return node.data.branches.map((b) => b.label || b.id).join(" / ");
    case "intent_switch": return `${node.data.waitForMessage ? "wait · " : ""}${node.data.cases.map((c) => c.intent).join(", ")}`;
    case "api_call": return `${node.data.method} ${node.data.connection}${node.data.path}`;
    case "set_variable": return node.data.assignments.map((a) => a.variable).join(", ");
    case "experiment_split": return `${node.data.experimentKey}: ${node.data.variations.join(" / ")}`;
    case "kb_answer": return node.data.query || "latest message";
    case "recommend": return `{{${node.data.itemsVariable}}} × ${node.data.max}`;
    case "handoff": return `${node.data.skillGroup} · ${node.data.priority}`;
    case "create_ticket": return `${node.data.ticketType} · ${node.data.priority}`;
    case "end": return `${node.data.outcome}${node.data.csat ? " · CSAT" : ""}`;
  }
}
