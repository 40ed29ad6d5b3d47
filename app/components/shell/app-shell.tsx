import { Form, NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../language-switch";
import { NavIcon } from "./nav-icon";

type ShellUser = { name: string; email: string; role: string };
type ShellNavItem = { section: string; href: string; group: string };

const GROUP_ORDER = ["main", "build", "analyze", "admin"] as const;
const GROUP_LABEL: Record<string, string | null> = {
  main: null,
  build: "nav.sectionBuild",
  analyze: "nav.sectionAnalyze",
  admin: "nav.sectionAdmin",
};

export function AppShell({
  user,
  nav,
  csrfToken,
  children,
}: {
  user: ShellUser;
  nav: ShellNavItem[];
  csrfToken: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-white" aria-label="sidebar">
        <div className="flex h-14 items-center gap-2 border-b border-slate-200 px-4 font-semibold text-slate-900">
          <img src="/favicon.svg" alt="" className="h-7 w-7" />
          {t("appName")}
        </div>
        <nav className="flex-1 space-y-4 overflow-y-auto p-3" data-testid="sidebar">
          {GROUP_ORDER.map((group) => {
            const items = nav.filter((item) => item.group === group);
            if (items.length === 0) return null;
            const label = GROUP_LABEL[group];
            return (
              <div key={group}>
                {label ? (
                  <p className="px-2 pb-1 text-xs font-medium uppercase tracking-wide text-slate-400">{t(label)}</p>
                ) : null}
                <ul className="space-y-0.5">
                  {items.map((item) => (
                    <li key={item.section}>
                      <NavLink
                        to={item.href}
                        end={item.href === "/"}
                        data-testid={`nav-${item.section}`}
                        className={({ isActive }) =>
                          `flex items-center gap-2 rounded-md px-2 py-1.5 text-sm ${
                            isActive ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100"
                          }`
                        }
                      >
                        <NavIcon section={item.section} />
                        {t(`nav.${item.section}`)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-end gap-4 border-b border-slate-200 bg-white px-6">
          <LanguageSwitch />
          <details className="relative" data-testid="user-menu">
            <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1 hover:bg-slate-100" aria-label={t("header.userMenu")}>
              <span className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-700">
                {user.name.slice(0, 1)}
              </span>
              <span className="text-left text-sm leading-tight">
                <span className="block font-medium text-slate-800">{user.name}</span>
                <span className="block text-xs text-slate-500" data-testid="user-role">{t(`roles.${user.role}`)}</span>
              </span>
            </summary>
            <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
              <p className="truncate text-xs text-slate-500">{t("header.signedInAs", { email: user.email })}</p>
              <Form method="post" action="/logout" className="mt-3">
                <input type="hidden" name="csrf" value={csrfToken} />
                <button type="submit" data-testid="sign-out" className="w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
                  {t("header.signOut")}
                </button>
              </Form>
            </div>
          </details>
        </header>
        <main className="min-w-0 flex-1 p-6">{children}</main>
      </div>
    </div>
  );
}
