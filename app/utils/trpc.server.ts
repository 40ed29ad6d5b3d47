import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createCaller } from "../../server/trpc/router";
import { clientIp, getSession, requireUser } from "./session.server";

/** The tRPC context of a request: the signed-in user and whether it carried the CSRF token. */
export async function createRequestContext(request: Request, csrfToken?: string | null) {
  const { app, user } = await getSession(request);
  const token = csrfToken ?? request.headers.get("x-csrf-token");
  return { app, user, ip: clientIp(request), csrfValid: Boolean(user && token && token === user.csrfToken) };
}

/**
 * Loaders and actions call procedures through this server-side caller. TRPCErrors become HTTP
 * responses (403 stays 403), so a forbidden URL answers 403 from the same check the API uses.
 */
export async function serverCaller(request: Request, options: { csrfToken?: string | null } = {}) {
  await requireUser(request);
  const caller = createCaller(await createRequestContext(request, options.csrfToken));
  return caller;
}

export function toResponse(error: unknown): never {
  if (error instanceof TRPCError) {
    throw new Response(error.message, { status: getHTTPStatusCodeFromError(error) });
  }
  throw error;
}

export async function callOrThrow<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    return toResponse(error);
  }
}

export function handleTrpcRequest(request: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createRequestContext(request),
  });
}
