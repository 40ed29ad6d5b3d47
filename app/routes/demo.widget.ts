import type { LoaderFunctionArgs } from "@remix-run/node";
import { handleDemoWidgetPage } from "~/utils/demo.server";

export const loader = ({ request }: LoaderFunctionArgs) => handleDemoWidgetPage(request);
