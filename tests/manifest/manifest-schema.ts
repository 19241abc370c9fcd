/**
 * Offline validation of manifest.xml against Microsoft's XSDs (schema 1.1),
 * which live beside the project in ../shared/office-manifest-xsd and are not
 * copied into it. Uses xmllint compiled to WebAssembly: no network, no native build.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";
import { repoRoot } from "./manifest-xml";

export const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/**
 * Where the shared schemas are: `MANIFEST_XSD_DIR` if set, else the nearest
 * `shared/office-manifest-xsd` beside the repository or beside one of its parent
 * folders (a checkout at work/main finds work/shared), else the expected place.
 */
export function schemaDir(): string {
  const fromEnv = process.env.MANIFEST_XSD_DIR;
  if (fromEnv) return resolve(fromEnv);
  const expected = resolve(repoRoot(), "..", "shared", "office-manifest-xsd");
  for (let dir = resolve(repoRoot(), ".."); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "office-manifest-xsd");
    if (existsSync(join(candidate, MAIN_SCHEMA))) return candidate;
    if (dirname(dir) === dir) return expected;
  }
}

/** Whether the shared schemas can be found (the validation tests say so when not). */
export function schemasPresent(): boolean {
  return existsSync(join(schemaDir(), MAIN_SCHEMA));
}

type XsdFile = { fileName: string; contents: string };

/** The main schema first, then the schemas it imports (by their file names). */
export function loadSchemas(dir: string = schemaDir()): { main: XsdFile; imports: XsdFile[] } {
  if (!existsSync(join(dir, MAIN_SCHEMA))) {
    throw new Error(
      `Manifest schemas not found: expected ${MAIN_SCHEMA} in ${dir}. ` +
        "They are shared beside the repository (../shared/office-manifest-xsd) and must not be copied into it.",
    );
  }
  const read = (fileName: string): XsdFile => ({ fileName, contents: readFileSync(join(dir, fileName), "utf8") });
  const imports = readdirSync(dir)
    .filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA)
    .sort()
    .map(read);
  return { main: read(MAIN_SCHEMA), imports };
}

export async function validateManifest(xml: string, fileName = "manifest.xml"): Promise<XMLValidationResult> {
  const { main, imports } = loadSchemas();
  return validateXML({ xml: [{ fileName, contents: xml }], schema: [main], preload: imports });
}
