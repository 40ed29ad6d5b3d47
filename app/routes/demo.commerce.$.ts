import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleDemoCommerceRoute } from "~/utils/demo.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => handleDemoCommerceRoute(request, params["*"] ?? "");
export const action = ({ request, params }: ActionFunctionArgs) => handleDemoCommerceRoute(request, params["*"] ?? "");
