import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import type { UsersTable } from "../db/tables/auth";
import { DomainError } from "../errors";
import { writeAudit, type Actor } from "./audit";
import { generatePassword, hashPassword } from "./password";
import type { Role } from "./roles";

export type PublicUser = Omit<Selectable<UsersTable>, "password_hash">;

const publicColumns = [
  "id",
  "email",
  "name",
  "role",
  "locale",
  "disabled",
  "created_at",
  "updated_at",
  "last_login_at",
] as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function getUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", normalizeEmail(email)).executeTakeFirst();
}

export async function getUserById(db: Kysely<Database>, id: string): Promise<PublicUser | undefined> {
  return db.selectFrom("users").select(publicColumns).where("id", "=", id).executeTakeFirst();
}

export async function listUsers(db: Kysely<Database>): Promise<PublicUser[]> {
  return db.selectFrom("users").select(publicColumns).orderBy("created_at").execute();
}

export async function createUser(
  db: Kysely<Database>,
  actor: Actor,
  input: { email: string; name: string; role: Role; password?: string; locale?: string | null },
): Promise<{ user: PublicUser; password: string }> {
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const email = normalizeEmail(input.email);
    const existing = await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
    if (existing) throw new DomainError("conflict", `A user with e-mail ${email} already exists.`);
    const now = nowIso();
    const row = {
      id: randomUUID(),
      email,
      name: input.name.trim(),
      role: input.role,
      password_hash: passwordHash,
      locale: input.locale ?? null,
      disabled: 0,
      created_at: now,
      updated_at: now,
      last_login_at: null,
    };
    await trx.insertInto("users").values(row).execute();
    const { password_hash: _hash, ...user } = row;
    await writeAudit(trx, actor, {
      action: "user.create",
      entityType: "user",
      entityId: row.id,
      summary: `${email} (${input.role})`,
      after: user,
    });
    return { user, password };
  });
}

async function requireUser(db: Kysely<Database>, id: string): Promise<PublicUser> {
  const user = await getUserById(db, id);
  if (!user) throw new DomainError("not_found", "User not found.");
  return user;
}

async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("role", "=", "admin")
    .where("disabled", "=", 0)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function updateUser(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  patch: { role?: Role; disabled?: boolean; name?: string },
): Promise<PublicUser> {
  return db.transaction().execute(async (trx) => {
    const before = await requireUser(trx, id);
    const losesAdmin =
      before.role === "admin" && before.disabled === 0 && ((patch.role && patch.role !== "admin") || patch.disabled);
    if (losesAdmin && (await countActiveAdmins(trx)) <= 1) {
      throw new DomainError("conflict", "The last active admin cannot be demoted or disabled.");
    }
    await trx
      .updateTable("users")
      .set({
        ...(patch.role ? { role: patch.role } : {}),
        ...(patch.name ? { name: patch.name.trim() } : {}),
        ...(patch.disabled === undefined ? {} : { disabled: patch.disabled ? 1 : 0 }),
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    if (patch.disabled) await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
    const after = await requireUser(trx, id);
    await writeAudit(trx, actor, {
      action: patch.disabled === undefined ? "user.update" : patch.disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: id,
      summary: before.email,
      before,
      after,
    });
    return after;
  });
}

export async function resetPassword(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<{ password: string }> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const user = await requireUser(trx, id);
    await trx.updateTable("users").set({ password_hash: passwordHash, updated_at: nowIso() }).where("id", "=", id).execute();
    await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
    await writeAudit(trx, actor, {
      action: "user.reset_password",
      entityType: "user",
      entityId: id,
      summary: user.email,
    });
  });
  return { password };
}

export async function setUserLocale(db: Kysely<Database>, id: string, locale: string): Promise<void> {
  await db.updateTable("users").set({ locale, updated_at: nowIso() }).where("id", "=", id).execute();
}
