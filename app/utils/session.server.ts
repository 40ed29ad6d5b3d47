import { createCookie, redirect } from "@remix-run/node";
import { getAppContext, type AppContext } from "../../server/app-context";
import type { Role } from "../../server/auth/roles";
import { getSessionUser, SESSION_TTL_MS, type SessionUser } from "../../server/auth/sessions";

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/** HttpOnly, SameSite=Lax, signed with SESSION_SECRET; Secure whenever the request came over HTTPS. */
function sessionCookie(app: AppContext, request: Request) {
  return createCookie("kefu_session", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps(request),
    secrets: [app.sessionSecret],
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
}

export async function commitSessionCookie(request: Request, sessionId: string): Promise<string> {
  const app = await getAppContext();
  return sessionCookie(app, request).serialize(sessionId);
}

export async function destroySessionCookie(request: Request): Promise<string> {
  const app = await getAppContext();
  return sessionCookie(app, request).serialize("", { maxAge: 0 });
}

export async function getSession(request: Request): Promise<{ app: AppContext; user: SessionUser | null }> {
  const app = await getAppContext();
  const sessionId: unknown = await sessionCookie(app, request).parse(request.headers.get("Cookie"));
  const user = typeof sessionId === "string" && sessionId ? await getSessionUser(app.db, sessionId) : null;
  return { app, user };
}

export async function requireUser(request: Request): Promise<{ app: AppContext; user: SessionUser }> {
  const { app, user } = await getSession(request);
  if (!user) {
    const url = new URL(request.url);
    const redirectTo = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
  }
  return { app, user };
}

export async function requireRole(request: Request, roles: readonly Role[]) {
  const session = await requireUser(request);
  if (!roles.includes(session.user.role)) {
    throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
  }
  return session;
}

/** Console form posts carry the session's CSRF token in a hidden `csrf` field. */
export function requireCsrf(form: FormData, user: SessionUser): void {
  if (form.get("csrf") !== user.csrfToken) {
    throw new Response("CSRF token missing or invalid", { status: 403 });
  }
}
