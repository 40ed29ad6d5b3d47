import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The page for 403 / 404 / 500: says what happened and where to go next. */
export function ErrorPage({ status, role }: { status: number; role?: string }) {
  const { t } = useTranslation();
  const [title, body] =
    status === 403
      ? [t("errors.forbiddenTitle"), t("errors.forbiddenBody", { role: role ? t(`roles.${role}`) : "—" })]
      : status === 404
        ? [t("errors.notFoundTitle"), t("errors.notFoundBody")]
        : [t("errors.genericTitle"), t("errors.genericBody")];
  return (
    <div className="flex min-h-[60vh] items-center justify-center p-8" data-testid={`error-${status}`}>
      <div className="max-w-md text-center">
        <p className="text-5xl font-semibold text-brand-600">{status}</p>
        <h1 className="mt-4 text-xl font-semibold text-slate-900">{title}</h1>
        <p className="mt-2 text-slate-600">{body}</p>
        <Link to="/" className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t("errors.backHome")}
        </Link>
      </div>
    </div>
  );
}
