// The flow language: schema, handles, interpreter, templates. Pure: the designer (browser) and the
// runtime (server) both import it.
export * from "./schema/nodes";
export * from "./schema/flow";
export * from "./schema/handles";
export * from "./understanding";
export * from "./interpreter/types";
export { step, initialFlowState, STEP_LIMIT } from "./interpreter/step";
export { extractAnswer } from "./interpreter/extract-answer";
export { parseRating } from "./interpreter/executors/end";
export { renderTemplate, listTemplateVariables, type TemplateContext } from "./render-template";
export { FLOW_TEMPLATES, getFlowTemplate } from "./templates";
export { acceptsMessage } from "./interpreter/accepts-message";
export * from "./validator";
