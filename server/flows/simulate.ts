import { z } from "zod";
import { flowStateSchema, type FlowDefinition, type MessageEvent } from "../../flows";
import type { AppContext } from "../app-context";
import { getUnderstanding } from "../nlu/service";
import { continueFlow, startFlow, type FlowRunDeps } from "../runtime/run-flow";
import { Turn, type ConversationRecord } from "../runtime/turn";
import { getPublishedScripts } from "../scripts/published-catalog";

export const simulateInputSchema = z.object({
  id: z.string().min(1),
  /** "draft" or the id of a published version. */
  source: z.string().min(1),
  customer: z.object({
    id: z.string().min(1).max(100).default("simulator"),
    name: z.string().max(100).optional(),
    tier: z.enum(["vip", "normal"]),
    locale: z.enum(["zh-CN", "en"]),
    attributes: z.record(z.string(), z.unknown()).default({}),
  }),
  channel: z.enum(["web", "app", "email", "phone", "custom"]),
  emotion: z.object({ label: z.string().min(1).max(40), score: z.number().min(0).max(1) }).optional(),
  /** What the previous turn returned; null starts the flow. */
  state: z.unknown().nullable(),
  text: z.string().min(1).max(2000),
  mocks: z.record(z.string(), z.object({ status: z.number().int().min(100).max(599), body: z.unknown() })).default({}),
});

export type SimulateInput = z.input<typeof simulateInputSchema>;

/**
 * One simulated turn of a flow (the draft or a version) as a chosen customer: the same interpreter,
 * script resolution and connections as the runtime, with nothing written to the database.
 */
export async function simulateTurn(app: AppContext, definition: FlowDefinition, versionId: string, raw: SimulateInput) {
  const input = simulateInputSchema.parse(raw);
  const understanding = await getUnderstanding(app, input.text, { locale: input.customer.locale, ...(input.emotion ? { upstreamEmotion: input.emotion } : {}) });
  const customer = { ...input.customer, name: input.customer.name || undefined };
  const turn = new Turn({ id: "simulator", kind: input.channel }, customer, input.text, `sim-${Date.now()}`, understanding);
  const deps: FlowRunDeps = { app, turn, scripts: await getPublishedScripts(app), subject: { customer, channelId: "simulator", channelKind: input.channel }, mockedApi: input.mocks };
  const previous = input.state === null ? null : flowStateSchema.safeParse(input.state);
  const conversation: ConversationRecord = turn.openConversation();
  const message: MessageEvent = { type: "message", text: input.text, understanding };
  if (previous?.success && previous.data.status === "waiting") {
    conversation.flow = { definition, versionId };
    conversation.state = previous.data;
    await continueFlow(deps, conversation, message);
  } else {
    await startFlow(deps, conversation, { flowId: definition.id, versionId, version: 0, channelScope: "*", definition }, message);
  }
  const state = conversation.state;
  return {
    state,
    status: conversation.row.status,
    ended: state === null || state.status !== "waiting",
    replies: turn.replies.map(({ text, scriptKey, variant, quickReplies }) => ({ text, scriptKey, variant, quickReplies })),
    understanding,
    trace: turn.events.filter((e) => e.type === "node_entered").map((e) => ({ nodeId: e.node_id as string, edgeId: e.edge_id ?? null })),
    vars: state?.vars ?? {},
    apiCalls: turn.events.filter((e) => e.type === "api_call").map((e) => ({ nodeId: e.node_id, latencyMs: e.value, ...(JSON.parse(e.payload_json ?? "{}") as Record<string, unknown>) })),
    problems: turn.events.filter((e) => e.type === "flow_error" || e.type === "script_missing").map((e) => ({ type: e.type, nodeId: e.node_id, name: e.name, detail: e.payload_json ? (JSON.parse(e.payload_json) as unknown) : null })),
  };
}
