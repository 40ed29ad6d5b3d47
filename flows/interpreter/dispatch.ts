import type { FlowNode } from "../schema/nodes";
import type { ExecutorInput, ExecutorResult } from "./executor";
import { apiCallExecutor } from "./executors/api-call";
import { askExecutor } from "./executors/ask";
import { conditionExecutor } from "./executors/condition";
import { createTicketExecutor } from "./executors/create-ticket";
import { endExecutor } from "./executors/end";
import { experimentSplitExecutor } from "./executors/experiment-split";
import { handoffExecutor } from "./executors/handoff";
import { intentSwitchExecutor } from "./executors/intent-switch";
import { kbAnswerExecutor } from "./executors/kb-answer";
import { messageExecutor } from "./executors/message";
import { recommendExecutor } from "./executors/recommend";
import { setVariableExecutor } from "./executors/set-variable";
import { startExecutor } from "./executors/start";
import type { EffectResult, MessageEvent } from "./types";

export type Trigger =
  | { kind: "enter" }
  | { kind: "message"; message: MessageEvent }
  | { kind: "effect_result"; result: EffectResult };

/**
 * The one switch over node types. Each case hands the node, narrowed to its own type, to its
 * executor; a new node type does not compile until it has a case here.
 */
export function runExecutor(node: FlowNode, input: ExecutorInput, trigger: Trigger): ExecutorResult | null {
  switch (node.type) {
    case "start":
      return invoke(startExecutor, node, input, trigger);
    case "message":
      return invoke(messageExecutor, node, input, trigger);
    case "ask":
      return invoke(askExecutor, node, input, trigger);
    case "condition":
      return invoke(conditionExecutor, node, input, trigger);
    case "intent_switch":
      return invoke(intentSwitchExecutor, node, input, trigger);
    case "api_call":
      return invoke(apiCallExecutor, node, input, trigger);
    case "set_variable":
      return invoke(setVariableExecutor, node, input, trigger);
    case "experiment_split":
      return invoke(experimentSplitExecutor, node, input, trigger);
    case "kb_answer":
      return invoke(kbAnswerExecutor, node, input, trigger);
    case "recommend":
      return invoke(recommendExecutor, node, input, trigger);
    case "handoff":
      return invoke(handoffExecutor, node, input, trigger);
    case "create_ticket":
      return invoke(createTicketExecutor, node, input, trigger);
    case "end":
      return invoke(endExecutor, node, input, trigger);
    default:
      return assertNever(node);
  }
}

type Executor<N> = {
  enter: (node: N, input: ExecutorInput) => ExecutorResult;
  onMessage?: (node: N, input: ExecutorInput, message: MessageEvent) => ExecutorResult;
  onEffectResult?: (node: N, input: ExecutorInput, result: EffectResult) => ExecutorResult;
};

/** Null when the node does not accept this kind of input (a message at an API call). */
function invoke<N>(executor: Executor<N>, node: N, input: ExecutorInput, trigger: Trigger): ExecutorResult | null {
  if (trigger.kind === "enter") return executor.enter(node, input);
  if (trigger.kind === "message") return executor.onMessage ? executor.onMessage(node, input, trigger.message) : null;
  return executor.onEffectResult ? executor.onEffectResult(node, input, trigger.result) : null;
}

function assertNever(value: never): never {
  throw new Error(`unhandled node type ${JSON.stringify(value)}`);
}
