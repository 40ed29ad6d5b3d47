import { flowDefinitionSchema, type FlowDefinition } from "../schema/flow";
import complaint from "./complaint.json";
import humanAgent from "./human-agent.json";
import logistics from "./logistics.json";
import main from "./main.json";
import order from "./order.json";
import refund from "./refund.json";

/** The flows a new installation starts with, parsed (a broken template fails loudly at start-up and in tests). */
export const FLOW_TEMPLATES: readonly FlowDefinition[] = [main, logistics, order, refund, complaint, humanAgent].map((raw) => flowDefinitionSchema.parse(raw));

export function getFlowTemplate(id: string): FlowDefinition | undefined {
  return FLOW_TEMPLATES.find((template) => template.id === id);
}
