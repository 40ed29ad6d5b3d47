import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleApiV1 } from "~/utils/api-v1.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => handleApiV1("conversationMessages", request, params);
export const action = ({ request, params }: ActionFunctionArgs) => handleApiV1("conversationMessages", request, params);
