import { z } from "zod";

// One zod schema per node type. The designer's inspector forms, the validator, the interpreter and
// the runtime all read these; `FlowNode` is the discriminated union of them.

export const CHANNEL_KINDS = ["web", "app", "email", "phone", "custom"] as const;
export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export const OUTCOMES = ["resolved", "escalated", "abandoned"] as const;
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export const identifierSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "letters, digits and _, starting with a letter or _ (at most 64)");
export const nodeIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "1–64 letters, digits, _ or -");
export const scriptKeyRefSchema = z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+){1,5}$/, "a script key such as refund.ask_order");
/** A handle name on an edge: `next`, `success`, a branch id, a variation key, an intent name. */
export const handleSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "1–64 letters, digits, _ . or -");
const quickRepliesSchema = z.array(z.string().trim().min(1).max(40)).max(10);

/** What the bot says: a script key resolved at send time (tier × emotion × locale), or inline text. */
export const replySpecSchema = z
  .object({
    scriptKey: scriptKeyRefSchema.optional(),
    text: z.string().trim().min(1).max(2000).optional(),
    quickReplies: quickRepliesSchema.optional(),
  })
  .refine((r) => (r.scriptKey === undefined) !== (r.text === undefined), "give either a script key or an inline text");

export const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

const base = {
  id: nodeIdSchema,
  label: z.string().max(80).optional(),
  position: positionSchema.default({ x: 0, y: 0 }),
};

export const startNodeSchema = z.object({
  ...base,
  type: z.literal("start"),
  data: z.object({
    /** Intents that start this flow; a confident one mid-conversation may switch to it. */
    intents: z.array(identifierSchema).max(50).default([]),
    /** Channels the flow serves; empty means every channel. */
    channels: z.array(z.enum(CHANNEL_KINDS)).default([]),
    /** The catch-all flow: runs when no other flow's trigger intent matches. */
    catchAll: z.boolean().default(false),
  }),
});

export const messageNodeSchema = z.object({ ...base, type: z.literal("message"), data: z.object({ reply: replySpecSchema }) });

const choiceOptionSchema = z.object({
  /** Stored in the variable; conditions compare against it. */
  value: z.string().trim().min(1).max(80),
  synonyms: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  /** What the customer reads back in their language, stored in `<variable>Text`. */
  label: z.object({ "zh-CN": z.string().max(80).optional(), en: z.string().max(80).optional() }).default({}),
});

export const inputValidatorSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("regex"),
    /** Searched in the message; the value is capture group 1 when present, else the whole match. */
    pattern: z.string().min(1).max(500).refine(isValidRegex, "not a valid regular expression"),
    flags: z.string().regex(/^[imsu]*$/, "only the flags i, m, s, u").default("i"),
  }),
  z.object({ kind: z.literal("order_number") }),
  z.object({ kind: z.literal("phone") }),
  z.object({ kind: z.literal("email") }),
  z.object({ kind: z.literal("number"), min: z.number().finite().optional(), max: z.number().finite().optional() }),
  z.object({ kind: z.literal("date") }),
  z.object({ kind: z.literal("choice"), options: z.array(choiceOptionSchema).min(1).max(20) }),
]);

export const askNodeSchema = z.object({
  ...base,
  type: z.literal("ask"),
  data: z.object({
    prompt: replySpecSchema,
    variable: identifierSchema,
    validator: inputValidatorSchema,
    maxRetries: z.number().int().min(0).max(10).default(2),
    reprompt: replySpecSchema.optional(),
    /** Take the value from the message that led here when it already contains one (an order number…). */
    useCurrentMessage: z.boolean().default(true),
  }),
});

export const conditionBranchSchema = z.object({
  id: handleSchema,
  label: z.string().max(80).default(""),
  /** A GrowthBook (MongoDB-style) condition over `{customer, vars, understanding, channel}`. */
  condition: z.record(z.string(), z.unknown()),
});

export const conditionNodeSchema = z.object({
  ...base,
  type: z.literal("condition"),
  data: z.object({ branches: z.array(conditionBranchSchema).min(1).max(20) }),
});

export const intentSwitchNodeSchema = z.object({
  ...base,
  type: z.literal("intent_switch"),
  data: z.object({
    cases: z.array(z.object({ intent: identifierSchema, minConfidence: z.number().min(0).max(1).default(0) })).min(1).max(30),
    /** Wait for the next customer message instead of using the one that led here. */
    waitForMessage: z.boolean().default(false),
  }),
});

export const apiCallNodeSchema = z.object({
  ...base,
  type: z.literal("api_call"),
  data: z.object({
    connection: identifierSchema,
    method: z.enum(HTTP_METHODS),
    /** Path template under the connection's base URL; variables are URL-encoded. */
    path: z.string().min(1).max(500).startsWith("/", "the path starts with /"),
    /** JSON body; every string in it is a template. */
    body: z.record(z.string(), z.unknown()).optional(),
    timeoutMs: z.number().int().min(100).max(30_000).default(5000),
    retries: z.number().int().min(0).max(5).default(1),
    /** Response fields (dot paths into the JSON body, `$status` for the status code) into variables. */
    mapping: z.array(z.object({ from: z.string().min(1).max(200), to: identifierSchema })).max(30).default([]),
  }),
});

export const setVariableNodeSchema = z.object({
  ...base,
  type: z.literal("set_variable"),
  data: z.object({
    assignments: z.array(z.object({ variable: identifierSchema, value: z.string().max(2000) })).min(1).max(30),
  }),
});

export const experimentSplitNodeSchema = z.object({
  ...base,
  type: z.literal("experiment_split"),
  data: z.object({
    experimentKey: identifierSchema,
    /** Variation keys in order; the first is the control, taken when the customer is not in the experiment. */
    variations: z.array(handleSchema).min(2).max(10),
  }),
});

export const kbAnswerNodeSchema = z.object({
  ...base,
  type: z.literal("kb_answer"),
  data: z.object({
    /** Template of the query; empty means the customer's latest message. */
    query: z.string().max(500).default(""),
    quickReplies: quickRepliesSchema.optional(),
  }),
});

export const recommendNodeSchema = z.object({
  ...base,
  type: z.literal("recommend"),
  data: z.object({
    intro: replySpecSchema,
    /** A variable holding a list (e.g. mapped from an API call). */
    itemsVariable: identifierSchema,
    /** Field of each item shown as a quick reply; empty for lists of strings. */
    titleField: z.string().max(100).default(""),
    max: z.number().int().min(1).max(10).default(3),
  }),
});

export const handoffNodeSchema = z.object({
  ...base,
  type: z.literal("handoff"),
  data: z.object({
    skillGroup: identifierSchema,
    priority: z.enum(PRIORITIES).default("normal"),
    notice: replySpecSchema.optional(),
    /** Template of a note for the agent. */
    note: z.string().max(1000).default(""),
  }),
});

export const createTicketNodeSchema = z.object({
  ...base,
  type: z.literal("create_ticket"),
  data: z.object({
    ticketType: identifierSchema,
    title: z.string().min(1).max(200),
    priority: z.enum(PRIORITIES).default("normal"),
    fields: z.array(z.object({ name: identifierSchema, value: z.string().max(2000) })).max(30).default([]),
    /** Variable that receives the new ticket's id. */
    idVariable: identifierSchema.default("ticketId"),
  }),
});

export const endNodeSchema = z.object({
  ...base,
  type: z.literal("end"),
  data: z.object({
    outcome: z.enum(OUTCOMES),
    message: replySpecSchema.optional(),
    /** Ask for a 1–5 rating before closing (the `csat.ask` script unless another is given). */
    csat: z.boolean().default(false),
    csatPrompt: replySpecSchema.optional(),
  }),
});

export const flowNodeSchema = z.discriminatedUnion("type", [
  startNodeSchema,
  messageNodeSchema,
  askNodeSchema,
  conditionNodeSchema,
  intentSwitchNodeSchema,
  apiCallNodeSchema,
  setVariableNodeSchema,
  experimentSplitNodeSchema,
  kbAnswerNodeSchema,
  recommendNodeSchema,
  handoffNodeSchema,
  createTicketNodeSchema,
  endNodeSchema,
]);

export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowNodeInput = z.input<typeof flowNodeSchema>;
export type NodeType = FlowNode["type"];
export type NodeOfType<T extends NodeType> = Extract<FlowNode, { type: T }>;
export type ReplySpec = z.infer<typeof replySpecSchema>;
export type InputValidator = z.infer<typeof inputValidatorSchema>;
export type Priority = (typeof PRIORITIES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const NODE_TYPES = flowNodeSchema.options.map((option) => option.shape.type.value) as NodeType[];

function isValidRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
