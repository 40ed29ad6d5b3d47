import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOutFromForm } from "~/utils/auth.server";

export async function action({ request }: ActionFunctionArgs) {
  const headers = await signOutFromForm(request, await request.formData());
  return redirect("/login", { headers });
}

export const loader = () => redirect("/");
