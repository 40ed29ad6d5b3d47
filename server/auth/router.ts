import { z } from "zod";
import { actorOf, authed, router, withRoles } from "../trpc/init";
import { listAudit, listAuditEntityTypes } from "./audit";
import { ROLES } from "./roles";
import { createUser, listUsers, resetPassword, setUserLocale, updateUser } from "./users";

const userId = z.object({ id: z.string().uuid() });

export const meRouter = router({
  get: authed.query(({ ctx }) => {
    const { sessionId: _s, ...user } = ctx.user;
    return user;
  }),
  setLocale: authed
    .input(z.object({ locale: z.enum(["zh-CN", "en"]) }))
    .mutation(({ ctx, input }) => setUserLocale(ctx.app.db, ctx.user.id, input.locale)),
});

export const usersRouter = router({
  list: withRoles("admin").query(({ ctx }) => listUsers(ctx.app.db)),
  create: withRoles("admin")
    .input(
      z.object({
        email: z.email(),
        name: z.string().trim().min(1).max(80),
        role: z.enum(ROLES),
        password: z.string().min(8).max(200).optional(),
      }),
    )
    .mutation(({ ctx, input }) => createUser(ctx.app.db, actorOf(ctx), input)),
  update: withRoles("admin")
    .input(userId.extend({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() }))
    .mutation(({ ctx, input: { id, ...patch } }) => updateUser(ctx.app.db, actorOf(ctx), id, patch)),
  resetPassword: withRoles("admin")
    .input(userId)
    .mutation(({ ctx, input }) => resetPassword(ctx.app.db, actorOf(ctx), input.id)),
});

export const auditFilterSchema = z.object({
  userId: z.string().uuid().optional(),
  entityType: z.string().max(60).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  cursor: z.coerce.number().int().positive().optional(),
});

export const auditRouter = router({
  list: withRoles("admin")
    .input(auditFilterSchema)
    .query(({ ctx, input }) =>
      listAudit(ctx.app.db, {
        ...input,
        to: input.to ? new Date(Date.parse(input.to) + 86_400_000).toISOString().slice(0, 10) : undefined,
        limit: 50,
      }),
    ),
  entityTypes: withRoles("admin").query(({ ctx }) => listAuditEntityTypes(ctx.app.db)),
});
