import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const flowsForbidden = [
  { group: ["**/server/**", "**/app/**", "~/*"], message: "flows/ is the pure flow language: it imports nothing of ours." },
  {
    group: ["kysely", "better-sqlite3", "pg", "react", "react-dom", "@remix-run/*", "@trpc/*", "@xyflow/*"],
    message: "flows/ must stay free of database, HTTP, React and tRPC.",
  },
];

export default tseslint.config(
  { ignores: ["build/**", "public/build/**", "node_modules/**", "data/**", ".cache/**", "tests/e2e/screenshots/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
      "no-console": "off",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.server.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server/**"],
              allowTypeImports: true,
              message: "The browser bundle reaches the server only through *.server.ts modules (type imports are fine).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["flows/**/*.ts"],
    ignores: ["flows/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: flowsForbidden }] },
  },
  {
    // Kysely's convention: migrations take Kysely<any> and import no app code.
    files: ["migrations/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["server/**/*.ts"],
    ignores: ["server/main.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/app/**", "~/*", "react", "@remix-run/*"], message: "server/ is framework-free and never imports the app." }] },
      ],
    },
  },
);
