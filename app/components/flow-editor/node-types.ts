import type { NodeTypes } from "@xyflow/react";
import { StartNode } from "./nodes/start-node";
import { MessageNode } from "./nodes/message-node";
import { AskNode } from "./nodes/ask-node";
import { ConditionNode } from "./nodes/condition-node";
import { IntentSwitchNode } from "./nodes/intent-switch-node";
import { ApiCallNode } from "./nodes/api-call-node";
import { SetVariableNode } from "./nodes/set-variable-node";
import { ExperimentSplitNode } from "./nodes/experiment-split-node";
import { KbAnswerNode } from "./nodes/kb-answer-node";
import { RecommendNode } from "./nodes/recommend-node";
import { HandoffNode } from "./nodes/handoff-node";
import { CreateTicketNode } from "./nodes/create-ticket-node";
import { EndNode } from "./nodes/end-node";

/** At module level, so React Flow never sees a new object and re-mounts every node. */
export const NODE_TYPES: NodeTypes = {
  start: StartNode,
  message: MessageNode,
  ask: AskNode,
  condition: ConditionNode,
  intent_switch: IntentSwitchNode,
  api_call: ApiCallNode,
  set_variable: SetVariableNode,
  experiment_split: ExperimentSplitNode,
  kb_answer: KbAnswerNode,
  recommend: RecommendNode,
  handoff: HandoffNode,
  create_ticket: CreateTicketNode,
  end: EndNode,
};
