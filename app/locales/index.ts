import enAdmin from "./en/admin.json";
import enCommon from "./en/common.json";
import enExperiments from "./en/experiments.json";
import enFlows from "./en/flows.json";
import enNlu from "./en/nlu.json";
import enRuntime from "./en/runtime.json";
import enScripts from "./en/scripts.json";
import enSettings from "./en/settings.json";
import zhAdmin from "./zh-CN/admin.json";
import zhCommon from "./zh-CN/common.json";
import zhExperiments from "./zh-CN/experiments.json";
import zhFlows from "./zh-CN/flows.json";
import zhNlu from "./zh-CN/nlu.json";
import zhRuntime from "./zh-CN/runtime.json";
import zhScripts from "./zh-CN/scripts.json";
import zhSettings from "./zh-CN/settings.json";

/** One namespace per console area; each area adds its pair of files here. */
export const resources = {
  en: { common: enCommon, admin: enAdmin, nlu: enNlu, settings: enSettings, scripts: enScripts, runtime: enRuntime, flows: enFlows, experiments: enExperiments },
  "zh-CN": { common: zhCommon, admin: zhAdmin, nlu: zhNlu, settings: zhSettings, scripts: zhScripts, runtime: zhRuntime, flows: zhFlows, experiments: zhExperiments },
} as const;
