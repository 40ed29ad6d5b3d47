import { follow, type NodeExecutor } from "../executor";
import { readPath } from "../template-context";

/** Offers up to `max` items of a list variable as quick replies under the intro reply. */
export const recommendExecutor: NodeExecutor<"recommend"> = {
  enter(node, input) {
    const list = input.vars[node.data.itemsVariable];
    const titles = (Array.isArray(list) ? list : [])
      .map((item) => (node.data.titleField ? readPath(item, node.data.titleField) : item))
      .filter((title): title is string | number => typeof title === "string" || typeof title === "number")
      .map((title) => String(title).slice(0, 40))
      .filter((title) => title.trim() !== "")
      .slice(0, node.data.max);
    if (titles.length === 0) return { then: follow(input.hasEdge("empty") ? "empty" : "next") };
    return {
      effects: [{ type: "reply", nodeId: node.id, reply: { ...node.data.intro, quickReplies: titles }, vars: { ...input.vars } }],
      then: follow("next"),
    };
  },
};
