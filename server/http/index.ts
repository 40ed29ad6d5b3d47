import { getConversationMessages } from "./endpoints/get-conversation-messages";
import { getOpenApi } from "./endpoints/get-openapi";
import { postEvent } from "./endpoints/post-event";
import { postExperimentsAnalyze } from "./endpoints/post-experiments-analyze";
import { postMessage } from "./endpoints/post-message";
import { postNluParse } from "./endpoints/post-nlu-parse";
import type { Endpoint } from "./endpoint";

export { runEndpoint, type Endpoint, type RunOptions } from "./endpoint";
export { errorResponse, jsonResponse } from "./api-error";
export { liveRestDeps } from "./live-deps";
export { buildOpenApiDocument, type OpenApiDocument } from "./openapi";
export type { RestDeps } from "./rest-deps";

/** Every v1 endpoint by name; one Remix resource route per URL delegates to these. */
export const REST_ENDPOINTS = {
  messages: postMessage,
  conversationMessages: getConversationMessages,
  events: postEvent,
  nluParse: postNluParse,
  experimentsAnalyze: postExperimentsAnalyze,
  openapi: getOpenApi,
} satisfies Record<string, Endpoint>;

export type RestEndpointName = keyof typeof REST_ENDPOINTS;
