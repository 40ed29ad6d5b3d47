import type { FlowNode } from "./nodes";

export type HandleSpec = {
  /** Handles an edge must leave from for the node to be complete. */
  required: string[];
  /** Handles an edge may leave from (required included). */
  allowed: string[];
};

/**
 * The outgoing handles of a node, derived from its data: condition branches, intent cases and
 * variation keys are handles too. The designer draws these; the validator checks edges against them.
 */
export function handlesOf(node: FlowNode): HandleSpec {
  switch (node.type) {
    case "start":
    case "message":
    case "set_variable":
      return same(["next"]);
    case "ask":
      return same(["success", "retry_exhausted"]);
    case "condition":
      return same([...node.data.branches.map((branch) => branch.id), "else"]);
    case "intent_switch":
      return same([...node.data.cases.map((c) => c.intent), "else"]);
    case "api_call":
      return { required: ["success", "error", "timeout"], allowed: ["success", "not_found", "error", "timeout"] };
    case "experiment_split":
      return same(node.data.variations);
    case "kb_answer":
      return same(["hit", "miss"]);
    case "recommend":
      return { required: ["next"], allowed: ["next", "empty"] };
    case "create_ticket":
      return { required: ["next"], allowed: ["next", "error"] };
    case "handoff":
    case "end":
      return same([]);
  }
}

function same(handles: string[]): HandleSpec {
  return { required: handles, allowed: handles };
}

/** Nodes where the interpreter may stop and wait for the customer's next message. */
export function mayWaitForMessage(node: FlowNode): boolean {
  return node.type === "ask" || (node.type === "intent_switch" && node.data.waitForMessage) || (node.type === "end" && node.data.csat);
}
