/** Unit tests: pure core, adapters against fakes. No browser (see tests/e2e). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true } }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/support/office-addin-manifest-stub.ts",
  },
};
