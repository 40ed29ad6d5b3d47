import { z } from "zod";
import {
  apiErrorSchema,
  eventRequestSchema,
  eventResponseSchema,
  messageRequestSchema,
  messageResponseSchema,
  messagesPageSchema,
  nluParseRequestSchema,
  restUnderstandingSchema,
} from "./schemas";
import { webhookEnvelopeSchema } from "../webhooks/events";

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ "application/json": { schema } });

const ERRORS: Record<string, string> = {
  "400": "Invalid body or query (issues carry zod's paths)",
  "401": "Missing or unknown channel key",
  "403": "The channel is disabled",
  "404": "Not found",
  "409": "messageId reused with a different body",
  "413": "Body over 64 KiB",
  "429": "Rate limit of the channel key reached (see Retry-After)",
};

function errors(codes: string[]) {
  return Object.fromEntries(codes.map((code) => [code, { description: ERRORS[code], content: json(ref("Error")) }]));
}

function operation(summary: string, options: { body?: string; response?: string; errorCodes: string[]; description?: string; parameters?: unknown[] }) {
  return {
    summary,
    ...(options.description ? { description: options.description } : {}),
    security: [{ channelKey: [] }],
    ...(options.parameters ? { parameters: options.parameters } : {}),
    ...(options.body ? { requestBody: { required: true, content: json(ref(options.body)) } } : {}),
    responses: {
      "200": options.response ? { description: "OK", content: json(ref(options.response)) } : { description: "OK" },
      ...errors(options.errorCodes),
    },
  };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the very schemas that validate requests. */
export function buildOpenApiDocument(options: { serverUrl?: string; analysisRequestSchema?: z.ZodType | null } = {}) {
  const schemas: Record<string, JsonSchema> = {
    MessageRequest: schemaOf(messageRequestSchema, "input"),
    MessageResponse: schemaOf(messageResponseSchema, "output"),
    MessagesPage: schemaOf(messagesPageSchema, "output"),
    EventRequest: schemaOf(eventRequestSchema, "input"),
    EventResponse: schemaOf(eventResponseSchema, "output"),
    NluParseRequest: schemaOf(nluParseRequestSchema, "input"),
    Understanding: schemaOf(restUnderstandingSchema, "output"),
    Error: schemaOf(apiErrorSchema, "output"),
    WebhookEvent: schemaOf(webhookEnvelopeSchema, "output"),
    ...(options.analysisRequestSchema ? { AnalysisRequest: schemaOf(options.analysisRequestSchema, "input") } : {}),
  };
  const common = ["400", "401", "403", "413", "429"];
  const paths: Record<string, unknown> = {
    "/api/v1/messages": {
      post: operation("Send a customer message; get the bot's replies", {
        body: "MessageRequest",
        response: "MessageResponse",
        errorCodes: [...common, "404", "409"],
        description: "The same messageId sent again returns the same result and changes nothing.",
      }),
    },
    "/api/v1/conversations/{id}/messages": {
      get: operation("Messages after a cursor (polling for agent replies)", {
        response: "MessagesPage",
        errorCodes: ["400", "401", "403", "404", "429"],
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { name: "after", in: "query", required: false, schema: { type: "string" }, description: "nextCursor of the previous page" },
        ],
      }),
    },
    "/api/v1/events": {
      post: operation("Record a conversion, CSAT or NPS that happened outside the chat", {
        body: "EventRequest",
        response: "EventResponse",
        errorCodes: [...common, "404"],
      }),
    },
    "/api/v1/nlu/parse": {
      post: operation("Understand a text (intent, emotion, entities)", { body: "NluParseRequest", response: "Understanding", errorCodes: common }),
    },
    "/api/v1/experiments/analyze": {
      post: {
        ...operation("Analyse an experiment from summary statistics (stateless)", {
          body: options.analysisRequestSchema ? "AnalysisRequest" : undefined,
          errorCodes: ["400", "401", "403", "413", "429"],
          description: "Bearer channel key or a console session. Returns per-treatment lift, interval, chance to win and risk or p-value, and an SRM p-value.",
        }),
        security: [{ channelKey: [] }, { consoleSession: [] }],
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: { title: "Kefu Studio REST API", version: "1.0.0", description: "The public channel API. Authenticate with a channel key: `Authorization: Bearer <key>`." },
    servers: [{ url: options.serverUrl ?? "/" }],
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths,
    webhooks: {
      channelEvent: {
        post: {
          summary: "Asynchronous event to the channel's webhook URL (agent replies, status changes)",
          description:
            "Headers: X-Kefu-Signature: sha256=<hex HMAC-SHA256 of the raw body with the channel's webhook secret>, X-Kefu-Timestamp (Unix seconds), X-Kefu-Event, X-Kefu-Delivery. Answer 2xx; anything else is retried with exponential backoff (1 s, 2 s, 4 s … up to 60 s, 8 attempts).",
          requestBody: { required: true, content: json(ref("WebhookEvent")) },
          responses: { "200": { description: "Received" } },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: {
        channelKey: { type: "http", scheme: "bearer", description: "A channel key from Settings → Channels" },
        consoleSession: { type: "apiKey", in: "cookie", name: "kefu_session" },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
