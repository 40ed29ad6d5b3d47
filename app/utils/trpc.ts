import { createTRPCReact } from "@trpc/react-query";
import type { AppRouter } from "../../server/trpc/router";

/** The console's tRPC client; only the router's type crosses into the browser bundle. */
export const trpc = createTRPCReact<AppRouter>();
