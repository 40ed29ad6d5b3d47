import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { supportedLngs } from "~/i18n";
import { localeCookie } from "~/i18n.server";
import { safeRedirectTo } from "~/utils/redirect-to";
import { getSession, requireCsrf } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";

const schema = z.object({ locale: z.enum(supportedLngs) });

/** Switches the UI language; for a signed-in user the choice is saved on their account. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = schema.safeParse({ locale: form.get("locale") });
  if (!parsed.success) throw new Response("Unsupported language", { status: 400 });
  const { user } = await getSession(request);
  if (user) {
    requireCsrf(form, user);
    const caller = await serverCaller(request, { csrfToken: user.csrfToken });
    await callOrThrow(caller.me.setLocale(parsed.data));
  }
  return redirect(safeRedirectTo(form.get("redirectTo")), {
    headers: { "Set-Cookie": await localeCookie.serialize(parsed.data.locale) },
  });
}

export const loader = () => redirect("/");
