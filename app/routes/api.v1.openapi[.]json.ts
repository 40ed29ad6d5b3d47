import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleApiV1 } from "~/utils/api-v1.server";

export const loader = ({ request }: LoaderFunctionArgs) => handleApiV1("openapi", request);
export const action = ({ request }: ActionFunctionArgs) => handleApiV1("openapi", request);
