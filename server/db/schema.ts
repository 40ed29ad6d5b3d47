import type { AuthTables } from "./tables/auth";
import type { ChannelsTables } from "./tables/channels";
import type { ExperimentsTables } from "./tables/experiments";
import type { NluTables } from "./tables/nlu";
import type { RuntimeTables } from "./tables/runtime";
import type { ScriptsTables } from "./tables/scripts";

/**
 * The one Database type of Kysely. Each domain keeps its table interfaces in ./tables/<domain>.ts,
 * grouped in one `<Domain>Tables` interface, and adds exactly one import and one `extends` entry here.
 */
export interface Database
  extends AuthTables,
    ChannelsTables,
    ExperimentsTables,
    NluTables,
    RuntimeTables,
    ScriptsTables {}
