import type { AppContext } from "../app-context";
import { analysisRequestSchema, analyzeExperiment } from "../experiments/stats";
import { getUnderstanding } from "../nlu/service";
import { handleInboundMessage, listMessages, recordExternalEvent } from "../runtime";
import type { RestDeps } from "./rest-deps";

/** The REST layer's view of the running product: the runtime, the active NLU model, the statistics. */
export const liveRestDeps: RestDeps = {
  handleInboundMessage,
  listMessages,
  recordExternalEvent,
  understand: (app: AppContext, text, locale) => getUnderstanding(app, text, locale ? { locale } : {}),
  experiments: { requestSchema: analysisRequestSchema, analyze: analyzeExperiment },
};
