import { apiV1NotFound } from "~/utils/api-v1.server";

// Unknown /api/v1 paths answer in the API's JSON error shape, not with the console's HTML 404.
export const loader = () => apiV1NotFound();
export const action = () => apiV1NotFound();
