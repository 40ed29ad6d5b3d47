import type { LoaderFunctionArgs } from "@remix-run/node";
import { serverCaller, toResponse } from "~/utils/trpc.server";

/** Download a flow as JSON: the draft, or `?version=<versionId>` for a published version. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const caller = await serverCaller(request);
  const versionId = new URL(request.url).searchParams.get("version");
  try {
    const definition = versionId ? (await caller.flows.version({ versionId })).definition : (await caller.flows.get({ id: params.id ?? "" })).draft;
    return new Response(`${JSON.stringify(definition, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${definition.id}${versionId ? "-version" : ""}.json"`,
      },
    });
  } catch (error) {
    return toResponse(error);
  }
}
