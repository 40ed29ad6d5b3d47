import { z } from "zod";

// The REST v1 contract (PRODUCT.md C). The same schemas validate requests, shape responses and
// generate /api/v1/openapi.json, so the document cannot drift from the code.

const jsonObject = z.record(z.string(), z.unknown());

/** POST /api/v1/messages request body. */
export const messageRequestSchema = z.object({
  messageId: z.string().min(1).max(200).describe("The client's id of this message; sending it again returns the stored result."),
  customer: z.object({
    id: z.string().min(1).max(200),
    name: z.string().max(200).optional(),
    tier: z.enum(["vip", "normal"]).optional(),
    locale: z.enum(["zh-CN", "en"]).optional(),
    attributes: jsonObject.optional(),
  }),
  text: z.string().min(1).max(8000),
  conversationId: z.string().min(1).max(200).optional(),
  emotion: z
    .object({ label: z.string().min(1).max(40), score: z.number().min(0).max(1) })
    .optional()
    .describe("An upstream (speech) emotion score, fused with the text emotion."),
  metadata: jsonObject.optional(),
}).meta({
  examples: [
    { messageId: "msg-20261124-0001", customer: { id: "cust-vip-001", name: "王丽", tier: "vip", locale: "zh-CN" }, text: "我的快递到哪了？" },
  ],
});

export const replySchema = z.object({
  text: z.string(),
  scriptKey: z.string().optional(),
  variant: z.string().optional(),
  quickReplies: z.array(z.string()).optional(),
});

export const restUnderstandingSchema = z.object({
  intent: z.object({ name: z.string(), confidence: z.number() }),
  emotion: z.object({ label: z.string(), score: z.number() }),
  entities: z.array(z.object({ type: z.string(), value: z.string(), start: z.number().int(), end: z.number().int() })),
});

export const conversationStatusSchema = z.enum(["bot", "queued", "agent", "closed"]);

/** POST /api/v1/messages 200 body. */
export const messageResponseSchema = z.object({
  conversationId: z.string(),
  replies: z.array(replySchema),
  status: conversationStatusSchema,
  understanding: restUnderstandingSchema,
});

export const conversationMessageSchema = z.object({
  id: z.string(),
  messageId: z.string().optional().describe("The client's id, on inbound messages."),
  direction: z.enum(["in", "out"]),
  author: z.enum(["customer", "bot", "agent"]),
  text: z.string(),
  createdAt: z.string().describe("ISO 8601"),
});

/** GET /api/v1/conversations/:id/messages 200 body. */
export const messagesPageSchema = z.object({
  messages: z.array(conversationMessageSchema),
  nextCursor: z.string().nullable(),
});

export const messagesQuerySchema = z.object({
  after: z.string().max(200).optional(),
});

/** POST /api/v1/events request body: goals and ratings that happen outside the chat. */
export const eventRequestSchema = z
  .object({
    customerId: z.string().min(1).max(200),
    conversationId: z.string().min(1).max(200).optional(),
    type: z.enum(["conversion", "csat", "nps"]),
    name: z.string().min(1).max(100).optional(),
    value: z.number().finite().optional(),
  })
  .superRefine((event, ctx) => {
    const range = event.type === "csat" ? [1, 5] : event.type === "nps" ? [0, 10] : null;
    if (!range) return;
    const [min, max] = range;
    if (event.value === undefined || !Number.isInteger(event.value) || event.value < min || event.value > max) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `A ${event.type} value is an integer from ${min} to ${max}.` });
    }
  })
  .meta({ examples: [{ customerId: "cust-vip-001", type: "conversion", name: "purchase", value: 899 }] });

export const eventResponseSchema = z.object({ ok: z.literal(true) });

/** POST /api/v1/nlu/parse request body. */
export const nluParseRequestSchema = z.object({
  text: z.string().min(1).max(8000),
  locale: z.enum(["zh-CN", "en"]).optional(),
}).meta({ examples: [{ text: "订单 2024110812345678 怎么还没发货！！！", locale: "zh-CN" }] });

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string() }))
      .optional(),
  }),
});

export type MessageRequest = z.infer<typeof messageRequestSchema>;
export type MessageResponse = z.infer<typeof messageResponseSchema>;
export type MessagesPage = z.infer<typeof messagesPageSchema>;
export type EventRequest = z.infer<typeof eventRequestSchema>;
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
