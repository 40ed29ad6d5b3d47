import { renderTemplate } from "../../render-template";
import { follow, type NodeExecutor } from "../executor";
import { readPath } from "../template-context";

const SINGLE_TAG = /^\{\{\s*([A-Za-z_][\w.]*)\s*\}\}$/;

/**
 * Values are templates; a value that is exactly one `{{path}}` copies the value itself (a list, a
 * number) instead of its text. Assignments run in order, so a later one sees an earlier one.
 */
export const setVariableExecutor: NodeExecutor<"set_variable"> = {
  enter(node, input) {
    const vars: Record<string, unknown> = {};
    for (const { variable, value } of node.data.assignments) {
      const template = { ...input.template, vars: { ...input.template.vars, ...vars } };
      const single = SINGLE_TAG.exec(value.trim());
      const copied = single ? readPath(template, single[1]) : undefined;
      vars[variable] = copied !== undefined ? copied : renderTemplate(value, template).text;
    }
    return { vars, then: follow("next") };
  },
};
