import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DomainError } from "../errors";
import { getUserByEmail, getUserById, normalizeEmail, type PublicUser } from "./users";
import { verifyPassword } from "./password";

export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 30;

export type SessionUser = PublicUser & { sessionId: string; csrfToken: string };

function token(): string {
  return randomBytes(32).toString("base64url");
}

/** Failed attempts in the window (since the last success for that e-mail) throttle further tries. */
async function assertNotThrottled(db: Kysely<Database>, email: string, ip: string): Promise<void> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS).toISOString();
  const lastSuccess = await db
    .selectFrom("login_attempts")
    .select("attempted_at")
    .where("email", "=", email)
    .where("succeeded", "=", 1)
    .orderBy("attempted_at", "desc")
    .executeTakeFirst();
  const emailSince = lastSuccess && lastSuccess.attempted_at > since ? lastSuccess.attempted_at : since;
  const [byEmail, byIp] = await Promise.all([
    db
      .selectFrom("login_attempts")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("email", "=", email)
      .where("succeeded", "=", 0)
      .where("attempted_at", ">", emailSince)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("login_attempts")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("ip", "=", ip)
      .where("succeeded", "=", 0)
      .where("attempted_at", ">", since)
      .executeTakeFirstOrThrow(),
  ]);
  if (Number(byEmail.count) >= MAX_FAILURES_PER_EMAIL || Number(byIp.count) >= MAX_FAILURES_PER_IP) {
    throw new DomainError("rate_limited", "Too many failed sign-in attempts. Try again in 15 minutes.");
  }
}

export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string },
): Promise<{ sessionId: string; user: PublicUser }> {
  const email = normalizeEmail(input.email);
  await assertNotThrottled(db, email, input.ip);
  const user = await getUserByEmail(db, email);
  const valid = user ? await verifyPassword(input.password, user.password_hash) : false;
  const succeeded = Boolean(user && valid && user.disabled === 0);
  await db
    .insertInto("login_attempts")
    .values({ email, ip: input.ip, succeeded: succeeded ? 1 : 0, attempted_at: nowIso() })
    .execute();
  if (!user || !succeeded) throw new DomainError("unauthorized", "Invalid e-mail or password.");
  const sessionId = token();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("sessions")
      .values({
        id: sessionId,
        user_id: user.id,
        csrf_token: token(),
        created_at: now,
        expires_at: new Date(Date.now() + SESSION_TTL_MS).toISOString(),
      })
      .execute();
    await trx.updateTable("users").set({ last_login_at: now }).where("id", "=", user.id).execute();
    await trx.deleteFrom("sessions").where("expires_at", "<", now).execute();
  });
  const { password_hash: _hash, ...publicUser } = user;
  return { sessionId, user: publicUser };
}

export async function getSessionUser(db: Kysely<Database>, sessionId: string): Promise<SessionUser | null> {
  const session = await db
    .selectFrom("sessions")
    .selectAll()
    .where("id", "=", sessionId)
    .where("expires_at", ">", nowIso())
    .executeTakeFirst();
  if (!session) return null;
  const user = await getUserById(db, session.user_id);
  if (!user || user.disabled) return null;
  return { ...user, sessionId: session.id, csrfToken: session.csrf_token };
}

export async function signOut(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}
