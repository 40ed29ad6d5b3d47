import { z } from "zod";
import { CHANNEL_KINDS, HTTP_METHODS, OUTCOMES, PRIORITIES, replySpecSchema } from "../schema/nodes";
import { understandingSchema } from "../understanding";

// The interpreter's inputs and outputs. They are zod schemas because the runtime stores the state
// as JSON between turns and must be able to read it back (and reject a corrupted one) safely.

const varsSchema = z.record(z.string(), z.unknown());

export const awaitingSchema = z.discriminatedUnion("kind", [
  /** Waiting for the customer: an `ask`, an `intent_switch` that waits, or the CSAT question of an `end`. */
  z.object({ kind: z.literal("message"), nodeId: z.string() }),
  /** Waiting for the runtime to carry out a request (API call, experiment assignment, KB search, ticket). */
  z.object({ kind: z.literal("effect"), nodeId: z.string(), effectId: z.string() }),
]);

export const messageEventSchema = z.object({
  type: z.literal("message"),
  text: z.string(),
  understanding: understandingSchema,
});

export const flowStateSchema = z.object({
  flowId: z.string(),
  status: z.enum(["waiting", "ended", "handed_off", "failed"]),
  /** The node the flow is at (waiting there, or the last one it ran). */
  nodeId: z.string().nullable(),
  awaiting: awaitingSchema.nullable(),
  vars: varsSchema,
  /** Failed answers per `ask` node, for re-prompts and `retry_exhausted`. */
  retries: z.record(z.string(), z.number().int()),
  /** Counter for effect ids: deterministic, unique within a run. */
  effectSeq: z.number().int(),
  outcome: z.enum(OUTCOMES).nullable(),
  /** The customer's latest message, read by intent switches, conditions and templates. */
  lastMessage: messageEventSchema.nullable(),
  /** Whether an `ask` may still take its answer from `lastMessage`. */
  messageFresh: z.boolean(),
});

export const customerContextSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  tier: z.enum(["vip", "normal"]),
  locale: z.enum(["zh-CN", "en"]),
  attributes: z.record(z.string(), z.unknown()).default({}),
});

/** What the interpreter may read besides the flow and its state; never changed by it. */
export const stepContextSchema = z.object({
  customer: customerContextSchema,
  channel: z.enum(CHANNEL_KINDS),
});

export const effectResultSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("api_response"), status: z.number().int(), body: z.unknown() }),
  z.object({ kind: z.literal("api_failure"), reason: z.enum(["timeout", "network", "malformed_response", "not_configured"]), message: z.string() }),
  /** `null`: the customer is not in the experiment (not running, excluded by targeting or coverage). */
  z.object({ kind: z.literal("experiment_assignment"), variation: z.string().nullable() }),
  z.object({ kind: z.literal("kb_result"), hit: z.boolean(), answer: z.string().optional(), entryId: z.string().optional() }),
  z.object({ kind: z.literal("ticket_created"), ticketId: z.string() }),
  z.object({ kind: z.literal("ticket_failed"), message: z.string() }),
]);

export const flowEventSchema = z.discriminatedUnion("type", [
  /** Begin at the start node; the message that triggered the flow is available to the first nodes. */
  z.object({ type: z.literal("start"), message: messageEventSchema.omit({ type: true }).optional() }),
  messageEventSchema,
  z.object({ type: z.literal("effect_result"), effectId: z.string(), result: effectResultSchema }),
]);

const replyEffect = z.object({ type: z.literal("reply"), nodeId: z.string(), reply: replySpecSchema, vars: varsSchema });

export const effectSchema = z.discriminatedUnion("type", [
  /** Say something: the runtime resolves the script (tier × emotion × locale) and renders it with `vars`. */
  replyEffect,
  /** Say a text that is already final (a knowledge-base answer, a list of recommendations). */
  z.object({ type: z.literal("reply_text"), nodeId: z.string(), text: z.string(), quickReplies: z.array(z.string()).optional() }),
  z.object({
    type: z.literal("call_api"),
    effectId: z.string(),
    nodeId: z.string(),
    connection: z.string(),
    method: z.enum(HTTP_METHODS),
    path: z.string(),
    body: z.unknown().optional(),
    timeoutMs: z.number().int(),
    retries: z.number().int(),
  }),
  z.object({ type: z.literal("assign_experiment"), effectId: z.string(), nodeId: z.string(), experimentKey: z.string(), variations: z.array(z.string()) }),
  z.object({ type: z.literal("search_kb"), effectId: z.string(), nodeId: z.string(), query: z.string() }),
  z.object({
    type: z.literal("create_ticket"),
    effectId: z.string(),
    nodeId: z.string(),
    ticketType: z.string(),
    title: z.string(),
    priority: z.enum(PRIORITIES),
    fields: z.record(z.string(), z.string()),
  }),
  z.object({ type: z.literal("handoff"), nodeId: z.string(), skillGroup: z.string(), priority: z.enum(PRIORITIES), note: z.string() }),
  z.object({ type: z.literal("record_csat"), nodeId: z.string(), score: z.number().int().min(1).max(5) }),
  z.object({ type: z.literal("end"), nodeId: z.string(), outcome: z.enum(OUTCOMES) }),
]);

/** One node the step ran through and the edge it left by (null when it stopped there). */
export const traceEntrySchema = z.object({ nodeId: z.string(), handle: z.string().nullable(), edgeId: z.string().nullable() });

export const stepErrorSchema = z.object({
  code: z.enum(["step_limit", "unknown_node", "missing_edge", "unexpected_event", "invalid_state"]),
  message: z.string(),
  nodeId: z.string().nullable(),
});

export type FlowState = z.infer<typeof flowStateSchema>;
export type Awaiting = z.infer<typeof awaitingSchema>;
export type CustomerContext = z.infer<typeof customerContextSchema>;
export type StepContext = z.infer<typeof stepContextSchema>;
export type MessageEvent = z.infer<typeof messageEventSchema>;
export type FlowEvent = z.infer<typeof flowEventSchema>;
export type EffectResult = z.infer<typeof effectResultSchema>;
export type Effect = z.infer<typeof effectSchema>;
export type EffectOf<T extends Effect["type"]> = Extract<Effect, { type: T }>;
export type TraceEntry = z.infer<typeof traceEntrySchema>;
export type StepError = z.infer<typeof stepErrorSchema>;

export type StepResult = {
  state: FlowState;
  effects: Effect[];
  trace: TraceEntry[];
  /** Set when the step could not complete; the state is then `failed` and the runtime takes over. */
  error: StepError | null;
  /**
   * The customer's message was not an answer the flow was waiting for and the flow has ended (a
   * free text instead of a CSAT rating): the runtime treats it as the first message of what comes next.
   */
  unconsumedMessage: boolean;
};
