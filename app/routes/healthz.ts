import { databaseAnswers } from "~/utils/health.server";

export async function loader() {
  return (await databaseAnswers())
    ? Response.json({ ok: true })
    : Response.json({ ok: false }, { status: 503 });
}
