import { renderTemplate } from "../../render-template";
import { follow, type NodeExecutor } from "../executor";

export const createTicketExecutor: NodeExecutor<"create_ticket"> = {
  enter(node, input) {
    const render = (text: string) => renderTemplate(text, input.template).text;
    return {
      then: {
        kind: "wait_effect",
        effect: {
          type: "create_ticket",
          nodeId: node.id,
          ticketType: node.data.ticketType,
          title: render(node.data.title),
          priority: node.data.priority,
          fields: Object.fromEntries(node.data.fields.map((field) => [field.name, render(field.value)])),
        },
      },
    };
  },
  onEffectResult(node, input, result) {
    if (result.kind === "ticket_created") return { vars: { [node.data.idVariable]: result.ticketId }, then: follow("next") };
    return { then: follow(input.hasEdge("error") ? "error" : "next") };
  },
};
