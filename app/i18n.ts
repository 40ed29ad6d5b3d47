import { resources } from "./locales";

export const supportedLngs = ["zh-CN", "en"] as const;
export type Locale = (typeof supportedLngs)[number];

/** Shared i18next options of the server and the browser; every string comes from ./locales. */
export const i18nConfig = {
  supportedLngs: [...supportedLngs],
  fallbackLng: "en",
  defaultNS: "common",
  ns: Object.keys(resources.en),
  resources,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (supportedLngs as readonly string[]).includes(value);
}
