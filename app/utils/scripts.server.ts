export { RESOLUTION_PRECEDENCE } from "../../server/scripts/resolve";
