import { Form, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { loader as rootLoader } from "~/root";

const LANGUAGES = [
  { code: "zh-CN", label: "中文" },
  { code: "en", label: "English" },
] as const;

/** Two buttons posting to /locale; works before hydration and remembers the choice. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  return (
    <Form method="post" action="/locale" className="flex items-center gap-1" aria-label={t("header.language")}>
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {root?.csrfToken ? <input type="hidden" name="csrf" value={root.csrfToken} /> : null}
      {LANGUAGES.map((language) => (
        <button
          key={language.code}
          type="submit"
          name="locale"
          value={language.code}
          data-testid={`lang-${language.code}`}
          aria-pressed={i18n.language === language.code}
          className={`rounded px-2 py-1 text-sm ${
            i18n.language === language.code ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-500 hover:text-slate-800"
          }`}
        >
          {language.label}
        </button>
      ))}
    </Form>
  );
}
