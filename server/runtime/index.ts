export { handleInboundMessage } from "./handle-inbound-message";
export { listMessages } from "./list-messages";
export { recordExternalEvent } from "./external-events";
export { invalidateFlowCatalog, listDeployedFlows, getFlowVersion } from "./flow-catalog";
export { EVENT_TYPES, type EventType } from "./turn";
export { DEFAULT_RUNTIME_SETTINGS, readRuntimeSettings, runtimeSettingsSchema, type RuntimeSettings } from "./runtime-settings";
