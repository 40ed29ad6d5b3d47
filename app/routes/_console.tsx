import type { LoaderFunctionArgs } from "@remix-run/node";
import { isRouteErrorResponse, Outlet, useLoaderData, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { AppShell } from "~/components/shell/app-shell";
import { ErrorPage } from "~/components/error-page";
import { navFor } from "~/utils/nav.server";
import { requireUser } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  return {
    user: { id: user.id, name: user.name, email: user.email, role: user.role },
    nav: navFor(user.role),
    csrfToken: user.csrfToken,
  };
}

export default function ConsoleLayout() {
  const { user, nav, csrfToken } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user} nav={nav} csrfToken={csrfToken}>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return <ConsoleError status={status} />;
}

function ConsoleError({ status }: { status: number }) {
  // The layout loader ran (the user is signed in), so the shell stays around the error.
  const data = useRouteLoaderData<typeof loader>("routes/_console");
  if (!data) return <ErrorPage status={status} />;
  return (
    <AppShell user={data.user} nav={data.nav} csrfToken={data.csrfToken}>
      <ErrorPage status={status} role={data.user.role} />
    </AppShell>
  );
}
