import { follow, type NodeExecutor } from "../executor";

export const messageExecutor: NodeExecutor<"message"> = {
  enter: (node, input) => ({
    effects: [{ type: "reply", nodeId: node.id, reply: node.data.reply, vars: { ...input.vars } }],
    then: follow("next"),
  }),
};
