import { z } from "zod";
import { actorOf, router, withRoles } from "../trpc/init";
import { connectionInputSchema, connectionNameSchema } from "./schemas";
import { selfOrigin } from "./self-origin";
import { deleteConnection, listConnectionViews, saveConnection, testConnection } from "./service";

const read = withRoles("admin", "ops_manager", "content_editor", "analyst");
const manage = withRoles("admin", "ops_manager");

export const connectionsRouter = router({
  list: read.query(({ ctx }) => listConnectionViews(ctx.app.db, ctx.app.env.connectionOverrides)),
  save: manage.input(connectionInputSchema).mutation(({ ctx, input }) => saveConnection(ctx.app.db, actorOf(ctx), input)),
  delete: manage.input(z.object({ name: connectionNameSchema })).mutation(({ ctx, input }) => deleteConnection(ctx.app.db, actorOf(ctx), input.name)),
  test: manage
    .input(z.object({ name: connectionNameSchema, method: z.enum(["GET", "POST"]).default("GET"), path: z.string().min(1).max(500).startsWith("/"), body: z.record(z.string(), z.unknown()).optional() }))
    .mutation(({ ctx, input }) => testConnection(ctx.app.db, { overrides: ctx.app.env.connectionOverrides, selfOrigin: selfOrigin(ctx.app.env) }, input)),
});
