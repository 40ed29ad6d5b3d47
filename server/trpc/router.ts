import { auditRouter, meRouter, usersRouter } from "../auth/router";
import { channelsRouter } from "../channels/router";
import { connectionsRouter } from "../connections/router";
import { experimentsRouter } from "../experiments/router";
import { flowsRouter } from "../flows/router";
import { runtimeRouter } from "../runtime/router";
import { scriptsRouter } from "../scripts/router";
import { nluRouter } from "../nlu/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  me: meRouter,
  users: usersRouter,
  audit: auditRouter,
  nlu: nluRouter,
  channels: channelsRouter,
  connections: connectionsRouter,
  runtime: runtimeRouter,
  experiments: experimentsRouter,
  flows: flowsRouter,
  scripts: scriptsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
