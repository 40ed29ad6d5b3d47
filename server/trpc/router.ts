import { auditRouter, meRouter, usersRouter } from "../auth/router";
import { nluRouter } from "../nlu/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  me: meRouter,
  users: usersRouter,
  audit: auditRouter,
  nlu: nluRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
