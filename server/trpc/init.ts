import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { AppContext } from "../app-context";
import type { SessionUser } from "../auth/sessions";
import type { Role } from "../auth/roles";
import { isDomainError, type DomainErrorCode } from "../errors";

export type TrpcContext = {
  app: AppContext;
  user: SessionUser | null;
  ip: string;
  /** True when the request carried the session's CSRF token (header or form field). */
  csrfValid: boolean;
};

const t = initTRPC.context<TrpcContext>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        issues: cause instanceof ZodError ? cause.issues : null,
      },
    };
  },
});

const TRPC_CODES: Record<DomainErrorCode, TRPCError["code"]> = {
  invalid: "BAD_REQUEST",
  unauthorized: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  rate_limited: "TOO_MANY_REQUESTS",
  payload_too_large: "PAYLOAD_TOO_LARGE",
};

/** Domain errors become TRPCErrors here, once, at the procedure boundary. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODES[cause.code], message: cause.message, cause });
  }
  // A domain function that parses its own input (z.unknown() at the router) answers 400, naming the field.
  if (!result.ok && result.error.cause instanceof ZodError) {
    const first = result.error.cause.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.map(String).join(".")}: ` : "";
    throw new TRPCError({ code: "BAD_REQUEST", message: `${where}${first?.message ?? "invalid input"}`, cause: result.error.cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);

export const authed = publicProcedure.use(({ ctx, type, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
  if (type === "mutation" && !ctx.csrfValid) {
    throw new TRPCError({ code: "FORBIDDEN", message: "CSRF token missing or invalid. Reload the page." });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure only the given roles may call; the check runs on the server for every call. */
export function withRoles(...roles: readonly Role[]) {
  return authed.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role may not do this." });
    }
    return next();
  });
}

export function actorOf(ctx: { user: SessionUser }) {
  return { id: ctx.user.id, email: ctx.user.email };
}
