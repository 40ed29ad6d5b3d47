import { Link, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NavIcon } from "~/components/shell/nav-icon";
import { Card } from "~/components/ui/card";
import type { loader as consoleLoader } from "./_console";

export default function Home() {
  const { t } = useTranslation();
  const data = useRouteLoaderData<typeof consoleLoader>("routes/_console");
  if (!data) return null;
  const steps = data.nav.filter((item) => item.section !== "home");
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-2xl font-semibold text-slate-900" data-testid="welcome">
        {t("home.welcome", { name: data.user.name })}
      </h1>
      <p className="mt-2 text-slate-600">{t("home.intro", { role: t(`roles.${data.user.role}`) })}</p>
      <h2 className="mt-8 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("home.nextSteps")}</h2>
      {steps.length === 0 ? (
        <Card className="mt-3 p-5 text-sm text-slate-600">{t("home.stepNothingYet")}</Card>
      ) : (
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {steps.map((item) => (
            <Card key={item.section} className="flex flex-col p-5">
              <div className="flex items-center gap-2 font-medium text-slate-900">
                <NavIcon section={item.section} />
                {t(`nav.${item.section}`)}
              </div>
              <p className="mt-2 flex-1 text-sm text-slate-600">{t(`home.steps.${item.section}`)}</p>
              <Link to={item.href} className="mt-4 text-sm font-medium text-brand-600 hover:underline">
                {t("home.open")} →
              </Link>
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
