import { renderTemplate } from "../../render-template";
import type { Effect } from "../types";
import type { NodeExecutor } from "../executor";

/** Hands the conversation to a skill group; the bot's part of the conversation ends here. */
export const handoffExecutor: NodeExecutor<"handoff"> = {
  enter(node, input) {
    const effects: Effect[] = [];
    if (node.data.notice) effects.push({ type: "reply", nodeId: node.id, reply: node.data.notice, vars: { ...input.vars } });
    effects.push({
      type: "handoff",
      nodeId: node.id,
      skillGroup: node.data.skillGroup,
      priority: node.data.priority,
      note: renderTemplate(node.data.note, input.template).text,
    });
    return { effects, then: { kind: "stop", status: "handed_off", outcome: "escalated" } };
  },
};
