import { follow, type NodeExecutor } from "../executor";

export const startExecutor: NodeExecutor<"start"> = {
  enter: () => ({ then: follow("next") }),
};
