import type { AuthTables } from "./tables/auth";
import type { NluTables } from "./tables/nlu";

/**
 * The one Database type of Kysely. Each domain keeps its table interfaces in ./tables/<domain>.ts,
 * grouped in one `<Domain>Tables` interface, and adds exactly one import and one `extends` entry here.
 */
export interface Database
  extends AuthTables,
    NluTables {}
