// Lint rules, including the one that keeps the flow of data one-way:
//   data ← scale ← layout ← render ← interact ← api ← element, cli
// A module may import from its own layer and the layers before it, never from a later one.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const LAYERS = ["data", "scale", "layout", "render", "interact", "api", "element", "cli"];

/** For files in `layer`, forbid imports from every layer that comes after it. */
function layerRule(layer, index) {
  const later = LAYERS.slice(index + 1);
  if (later.length === 0) return [];
  return [
    {
      files: [`src/${layer}/**/*.ts`],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: [
              {
                group: later.flatMap((name) => [`../${name}/*`, `../../${name}/*`, `**/src/${name}/*`]),
                message: `src/${layer} may not import from a later layer (${later.join(", ")}): the flow is ${LAYERS.join(" → ")}.`,
              },
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "site/",
      "build/",
      "etc/",
      "node_modules/",
      "**/*.js",
      "**/*.mjs",
      "**/*.cjs",
      "**/*.d.mts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Template literals with numbers are how labels and paths are written here.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-non-null-assertion": "off", // indexes checked by noUncheckedIndexedAccess
    },
  },
  ...LAYERS.flatMap(layerRule),
  {
    // src/types.ts is the shared vocabulary; it may not depend on any layer.
    files: ["src/types.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["./*/*"], message: "types.ts depends on no layer." }] },
      ],
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
);
