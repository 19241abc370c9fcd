/**
 * The pane's style modules built ahead of time (`scripts/griffel-aot-loader.cjs`, issue 16) give the same class
 * names, in both directions, and insert the same CSS rules as Griffel's `makeStyles` gives at run time for the same
 * module, so the pane looks the same with no style compiler in the browser. Both sides run Griffel's own code
 * (`@griffel/core`'s `makeStyles` and `__styles`, which Fluent's React hooks wrap) against a renderer that records
 * what it is asked to insert.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CSSRulesByBucket } from "@griffel/core";

// The module as jest loads it: Fluent's makeStyles is Griffel's vanilla one here (a function of the renderer, not a hook).
jest.mock("@fluentui/react-components", () => {
  const griffel = jest.requireActual("@griffel/core");
  return { makeStyles: griffel.makeStyles, shorthands: griffel.shorthands, tokens: jest.requireActual("@fluentui/tokens").tokens };
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/griffel-aot-loader.cjs") as {
  transform(file: string): Promise<{ code: string; inputs: string[] }>;
  STYLE_MODULE: RegExp;
};

type Classes = (options: { dir: "ltr" | "rtl"; renderer: unknown }) => Record<string, string>;

function recordingRenderer(id: string) {
  const inserted: CSSRulesByBucket[] = [];
  return { inserted, renderer: { id, classNameHashSalt: "", insertionCache: {}, stylesheets: {}, insertCSSRules: (r: CSSRulesByBucket) => inserted.push(r) } };
}

/** The loader's output, run as CommonJS with Griffel's vanilla __styles for Fluent's. */
async function built(file: string): Promise<Record<string, Classes>> {
  const { code } = await loader.transform(file);
  const esbuild = jest.requireActual("esbuild") as typeof import("esbuild");
  const cjs = esbuild.transformSync(code, { loader: "ts", format: "cjs" }).code;
  const mod = { exports: {} as Record<string, Classes> };
  const griffel = jest.requireActual("@griffel/core");
  const fakeRequire = (id: string) => {
    if (id === "@fluentui/react-components") return { __styles: griffel.__styles };
    throw new Error(`the built module requires ${id}`);
  };
  new Function("module", "exports", "require", cjs)(mod, mod.exports, fakeRequire);
  return mod.exports;
}

const PANE = path.resolve(__dirname, "../../src/taskpane");
const STYLE_FILES = fs.readdirSync(PANE).filter((f) => loader.STYLE_MODULE.test(f));

describe("Griffel ahead of time for the pane's style modules", () => {
  it("finds the first paint's style modules", () => {
    expect(STYLE_FILES).toEqual(expect.arrayContaining(["app-styles.ts", "start-styles.ts", "view-styles.ts"]));
  });

  it.each(STYLE_FILES)("%s: same classes and CSS as makeStyles at run time", async (file) => {
    const full = path.join(PANE, file);
    const aot = await built(full);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const runtime = require(full) as Record<string, Classes>;
    expect(Object.keys(aot).sort()).toEqual(Object.keys(runtime).sort());
    expect(Object.keys(aot).length).toBeGreaterThan(0);
    for (const name of Object.keys(runtime)) {
      for (const dir of ["ltr", "rtl"] as const) {
        const a = recordingRenderer(`aot-${name}-${dir}`);
        const r = recordingRenderer(`runtime-${name}-${dir}`);
        const aotClasses = aot[name]!({ dir, renderer: a.renderer });
        const runtimeClasses = runtime[name]!({ dir, renderer: r.renderer });
        expect(aotClasses).toEqual(runtimeClasses);
        expect(Object.keys(aotClasses).length).toBeGreaterThan(0);
        expect(a.inserted).toEqual(r.inserted);
        expect(a.inserted).toHaveLength(1);
      }
    }
  });

  describe("a module that is not only makeStyles hooks fails the build, naming what", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "griffel-aot-"));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    };

    it("another export", async () => {
      const file = write(
        "extra-styles.ts",
        'import { makeStyles } from "@fluentui/react-components";\nexport const useA = makeStyles({ a: { color: "red" } });\nexport const GAP = "8px";\n',
      );
      await expect(loader.transform(file)).rejects.toThrow('"GAP" is not a makeStyles() hook');
    });

    it("something else from Fluent", async () => {
      const file = write("button-styles.ts", 'import { Button } from "@fluentui/react-components";\nexport const B = Button;\n');
      await expect(loader.transform(file)).rejects.toThrow(/Button/);
    });
  });
});
