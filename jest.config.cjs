/** Unit tests: pure core, adapters against fakes. No browser (see tests/e2e). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  // A guard against a hang, not a speed check (speed lives in `npm run bench`): tests that start
  // the pledge command took over jest's 5 s on a loaded 2-core host and failed for no fault.
  testTimeout: 60_000,
  // Jest's default is one worker fewer than the cores: on two cores, one, which runs the files in
  // turn while many of them wait on child processes (the pledge command, python3, LibreOffice).
  maxWorkers: Math.max(2, require("node:os").cpus().length - 1),
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true } }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/support/office-addin-manifest-stub.ts",
  },
};
