import type { LoaderFunctionArgs } from "@remix-run/node";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";

/** The script library as CSV (published texts, or `?drafts=1` for drafts where they exist). */
export async function loader({ request }: LoaderFunctionArgs) {
  const caller = await serverCaller(request);
  const drafts = new URL(request.url).searchParams.get("drafts") === "1";
  const csv = await callOrThrow(caller.scripts.exportCsv({ drafts }));
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="scripts${drafts ? "-drafts" : ""}.csv"` },
  });
}
