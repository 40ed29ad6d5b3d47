import type { AuthTables } from "./tables/auth";

/**
 * The one Database type of Kysely. Each domain keeps its table interfaces in ./tables/<domain>.ts,
 * grouped in one `<Domain>Tables` interface, and adds exactly one import and one `extends` entry here.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- grows one extends entry per domain
export interface Database
  extends AuthTables {}
