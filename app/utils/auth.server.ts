import { z } from "zod";
import { signIn, signOut } from "../../server/auth/sessions";
import { isDomainError } from "../../server/errors";
import { isLocale } from "../i18n";
import { localeCookie } from "../i18n.server";
import { clientIp, commitSessionCookie, destroySessionCookie, getSession, requireCsrf } from "./session.server";

const signInSchema = z.object({
  email: z.email(),
  password: z.string().min(1).max(200),
});

export type SignInResult =
  | { ok: true; headers: Headers }
  | { ok: false; status: 400 | 401 | 429; error: "invalidInput" | "invalid" | "throttled" };

export async function signInFromForm(request: Request, form: FormData): Promise<SignInResult> {
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) return { ok: false, status: 400, error: "invalidInput" };
  const { app } = await getSession(request);
  try {
    const { sessionId, user } = await signIn(app.db, { ...parsed.data, ip: clientIp(request) });
    const headers = new Headers();
    headers.append("Set-Cookie", await commitSessionCookie(request, sessionId));
    if (isLocale(user.locale)) headers.append("Set-Cookie", await localeCookie.serialize(user.locale));
    return { ok: true, headers };
  } catch (error) {
    if (isDomainError(error) && error.code === "rate_limited") return { ok: false, status: 429, error: "throttled" };
    if (isDomainError(error) && error.code === "unauthorized") return { ok: false, status: 401, error: "invalid" };
    throw error;
  }
}

export async function signOutFromForm(request: Request, form: FormData): Promise<Headers> {
  const { app, user } = await getSession(request);
  if (user) {
    requireCsrf(form, user);
    await signOut(app.db, user.sessionId);
  }
  return new Headers({ "Set-Cookie": await destroySessionCookie(request) });
}
