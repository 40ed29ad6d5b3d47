import { evalCondition, type ConditionInterface } from "@growthbook/growthbook";
import { follow, type NodeExecutor } from "../executor";

/** First branch whose GrowthBook condition holds over {customer, vars, understanding, channel}, else `else`. */
export const conditionExecutor: NodeExecutor<"condition"> = {
  enter(node, input) {
    const subject = {
      customer: input.context.customer,
      vars: input.vars,
      understanding: input.lastMessage?.understanding ?? null,
      channel: input.context.channel,
    };
    const branch = node.data.branches.find((b) => safeEval(subject, b.condition));
    return { then: follow(branch ? branch.id : "else") };
  },
};

function safeEval(subject: Record<string, unknown>, condition: Record<string, unknown>): boolean {
  try {
    return evalCondition(subject, condition as ConditionInterface);
  } catch {
    // A malformed condition (the validator reports it) never matches rather than crashing a conversation.
    return false;
  }
}
