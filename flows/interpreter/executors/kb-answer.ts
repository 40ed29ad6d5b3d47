import { renderTemplate } from "../../render-template";
import { follow, type NodeExecutor } from "../executor";

export const kbAnswerExecutor: NodeExecutor<"kb_answer"> = {
  enter(node, input) {
    const query = node.data.query.trim() === "" ? (input.lastMessage?.text ?? "") : renderTemplate(node.data.query, input.template).text;
    return { then: { kind: "wait_effect", effect: { type: "search_kb", nodeId: node.id, query } } };
  },
  onEffectResult(node, _input, result) {
    if (result.kind !== "kb_result" || !result.hit || !result.answer) return { then: follow("miss") };
    return {
      effects: [{ type: "reply_text", nodeId: node.id, text: result.answer, ...(node.data.quickReplies ? { quickReplies: node.data.quickReplies } : {}) }],
      then: follow("hit"),
    };
  },
};
