import { canUseTriggerMessage, extractAnswer } from "../extract-answer";
import { follow, type ExecutorResult, type NodeExecutor } from "../executor";
import type { NodeOfType } from "../../schema/nodes";
import type { Answer } from "../extract-answer";

/**
 * Asks once, then re-prompts up to `maxRetries` times before leaving by `retry_exhausted`. An answer
 * already present in the message that led here (an order number in "我的订单2024…怎么还没到") is
 * taken without asking.
 */
export const askExecutor: NodeExecutor<"ask"> = {
  enter(node, input) {
    const { freshMessage } = input;
    if (node.data.useCurrentMessage && freshMessage && canUseTriggerMessage(node.data.validator)) {
      const answer = extractAnswer(node.data.validator, freshMessage.text, freshMessage.understanding, input.context.customer.locale);
      if (answer.ok) return accepted(node, answer);
    }
    return {
      effects: [{ type: "reply", nodeId: node.id, reply: node.data.prompt, vars: { ...input.vars } }],
      retries: 0,
      then: { kind: "wait_message" },
    };
  },
  onMessage(node, input, message): ExecutorResult {
    const answer = extractAnswer(node.data.validator, message.text, message.understanding, input.context.customer.locale);
    if (answer.ok) return accepted(node, answer);
    const failures = input.retries + 1;
    if (failures > node.data.maxRetries) return { retries: 0, consumeMessage: true, then: follow("retry_exhausted") };
    return {
      effects: [{ type: "reply", nodeId: node.id, reply: node.data.reprompt ?? node.data.prompt, vars: { ...input.vars } }],
      retries: failures,
      consumeMessage: true,
      then: { kind: "wait_message" },
    };
  },
};

function accepted(node: NodeOfType<"ask">, answer: Extract<Answer, { ok: true }>): ExecutorResult {
  const vars: Record<string, unknown> = { [node.data.variable]: answer.value };
  if (answer.text !== undefined) vars[`${node.data.variable}Text`] = answer.text;
  return { vars, consumeMessage: true, retries: 0, then: follow("success") };
}
