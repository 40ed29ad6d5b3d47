import { canAccess, type Role, type Section } from "../../server/auth/roles";

export type NavItem = { section: Section; href: string; group: "main" | "build" | "analyze" | "admin" };

/** Sections in sidebar order; each feature adds its entry when it lands. */
const NAV: NavItem[] = [
  { section: "home", href: "/", group: "main" },
  { section: "flows", href: "/flows", group: "build" },
  { section: "intents", href: "/intents", group: "build" },
  { section: "knowledge", href: "/knowledge", group: "build" },
  { section: "scripts", href: "/scripts", group: "build" },
  { section: "experiments", href: "/experiments", group: "analyze" },
  { section: "channels", href: "/settings/channels", group: "admin" },
  { section: "api", href: "/settings/api", group: "admin" },
  { section: "connections", href: "/settings/connections", group: "admin" },
  { section: "policies", href: "/settings/policies", group: "admin" },
  { section: "users", href: "/admin/users", group: "admin" },
  { section: "audit", href: "/admin/audit", group: "admin" },
];

export function navFor(role: Role): NavItem[] {
  return NAV.filter((item) => canAccess(role, item.section));
}
