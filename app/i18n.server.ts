import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";
import { i18nConfig, supportedLngs } from "./i18n";

/** The language cookie: set on sign-in from the user's saved choice and by the language switch. */
export const localeCookie = createCookie("kefu_lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLngs],
    fallbackLanguage: "en",
    cookie: localeCookie,
  },
  i18next: { ...i18nConfig },
});
