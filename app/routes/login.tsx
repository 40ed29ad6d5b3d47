import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "~/components/language-switch";
import { signInFromForm } from "~/utils/auth.server";
import { safeRedirectTo } from "~/utils/redirect-to";
import { getSession } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await getSession(request);
  if (user) throw redirect(safeRedirectTo(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const result = await signInFromForm(request, form);
  if (!result.ok) return data({ error: result.error }, { status: result.status });
  return redirect(safeRedirectTo(form.get("redirectTo")), { headers: result.headers });
}

export default function Login() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const submitting = useNavigation().state === "submitting";
  return (
    <main className="flex min-h-screen">
      <section className="hidden w-1/2 flex-col justify-between bg-gradient-to-br from-brand-700 to-brand-500 p-12 text-white lg:flex">
        <div className="flex items-center gap-3 text-lg font-semibold">
          <img src="/favicon.svg" alt="" className="h-9 w-9 rounded-lg bg-white/10 p-1" />
          {t("appName")}
        </div>
        <div>
          <h2 className="text-3xl font-semibold leading-tight">{t("appTagline")}</h2>
          <p className="mt-4 max-w-md text-brand-100">{t("login.subtitle")}</p>
        </div>
        <p className="text-sm text-brand-100">Kefu Studio · 客服工作台</p>
      </section>
      <section className="flex flex-1 flex-col">
        <div className="flex justify-end p-4">
          <LanguageSwitch />
        </div>
        <div className="flex flex-1 items-center justify-center p-6">
          {/* A full document load after sign-in: the console renders in the user's saved language at once. */}
          <Form method="post" reloadDocument className="w-full max-w-sm space-y-5" aria-labelledby="login-title">
            <h1 id="login-title" className="text-2xl font-semibold text-slate-900">
              {t("login.title")}
            </h1>
            <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
            <label className="block text-sm font-medium text-slate-700">
              {t("login.email")}
              <input
                name="email"
                type="email"
                autoComplete="username"
                required
                autoFocus
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
              />
            </label>
            <label className="block text-sm font-medium text-slate-700">
              {t("login.password")}
              <input
                name="password"
                type="password"
                autoComplete="current-password"
                required
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
              />
            </label>
            {actionData?.error ? (
              <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
                {t(`login.${actionData.error}`)}
              </p>
            ) : null}
            <button
              type="submit"
              data-testid="login-submit"
              disabled={submitting}
              className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {t("login.submit")}
            </button>
          </Form>
        </div>
      </section>
    </main>
  );
}
