import { sql } from "kysely";
import { getAppContext } from "../../server/app-context";

/** True only when the database answers a query. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    const app = await getAppContext();
    await sql`select 1`.execute(app.db);
    return true;
  } catch {
    return false;
  }
}
