import { follow, type ExecutorResult, type NodeExecutor } from "../executor";
import type { NodeOfType } from "../../schema/nodes";
import type { MessageEvent } from "../types";

export const intentSwitchExecutor: NodeExecutor<"intent_switch"> = {
  enter(node, input) {
    if (node.data.waitForMessage) return { then: { kind: "wait_message" } };
    return route(node, input.lastMessage);
  },
  onMessage: (node, _input, message) => route(node, message),
};

function route(node: NodeOfType<"intent_switch">, message: MessageEvent | null): ExecutorResult {
  const intent = message?.understanding.intent;
  const match = intent && node.data.cases.find((c) => c.intent === intent.name && intent.confidence >= c.minConfidence);
  return { then: follow(match ? match.intent : "else") };
}
