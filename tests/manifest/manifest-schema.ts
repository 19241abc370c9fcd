/**
 * Offline validation of manifest.xml against Microsoft's XSDs (schema 1.1),
 * which live beside the project in ../shared/office-manifest-xsd and are not
 * copied into it. Uses xmllint compiled to WebAssembly: no network, no native build.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";
import { repoRoot } from "./manifest-xml";

export const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

export function schemaDir(): string {
  return resolve(repoRoot(), "..", "shared", "office-manifest-xsd");
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
