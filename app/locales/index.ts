import enAdmin from "./en/admin.json";
import enCommon from "./en/common.json";
import enNlu from "./en/nlu.json";
import zhAdmin from "./zh-CN/admin.json";
import zhCommon from "./zh-CN/common.json";
import zhNlu from "./zh-CN/nlu.json";

/** One namespace per console area; each area adds its pair of files here. */
export const resources = {
  en: { common: enCommon, admin: enAdmin, nlu: enNlu },
  "zh-CN": { common: zhCommon, admin: zhAdmin, nlu: zhNlu },
} as const;
