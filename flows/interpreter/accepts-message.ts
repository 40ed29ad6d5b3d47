import type { FlowDefinition } from "../schema/flow";
import { parseRating } from "./executors/end";
import { extractAnswer } from "./extract-answer";
import type { FlowState, MessageEvent, StepContext } from "./types";

/**
 * Whether the flow would take this message as the answer it waits for (a valid order number at an
 * `ask`, a rating at the CSAT question). The runtime only lets a confident intent of another flow
 * take over when this is false, so "2024110812345678" never switches away from a return.
 */
export function acceptsMessage(flow: FlowDefinition, state: FlowState, message: MessageEvent, context: StepContext): boolean {
  if (state.status !== "waiting" || state.awaiting?.kind !== "message") return false;
  const nodeId = state.awaiting.nodeId;
  const node = flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return false;
  if (node.type === "ask") return extractAnswer(node.data.validator, message.text, message.understanding, context.customer.locale).ok;
  if (node.type === "end") return parseRating(message.text) !== null;
  return false;
}
