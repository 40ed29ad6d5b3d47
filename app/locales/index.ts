import enAdmin from "./en/admin.json";
import enCommon from "./en/common.json";
import zhAdmin from "./zh-CN/admin.json";
import zhCommon from "./zh-CN/common.json";

/** One namespace per console area; each area adds its pair of files here. */
export const resources = {
  en: { common: enCommon, admin: enAdmin },
  "zh-CN": { common: zhCommon, admin: zhAdmin },
} as const;
