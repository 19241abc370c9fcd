import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { drawIcons } from "../../scripts/make-icons";
import { elements, only, readManifest, repoRoot, stripComments, text } from "./manifest-xml";
import { loadSchemas, schemaDir, schemasPresent, validateManifest } from "./manifest-schema";
import { pngSize } from "./png-header";

const DEV_HOST = "https://localhost:3000/";
const manifest = readManifest();
const root = repoRoot();

/** The file in the repository that a dev-server URL serves (assets/ is served as is). */
function localFile(url: string): string {
  expect(url.startsWith(DEV_HOST)).toBe(true);
  return join(root, url.slice(DEV_HOST.length));
}

function resource(kind: "bt:Image" | "bt:Url", id: string): string {
  const found = elements(manifest, kind).filter((e) => e.attrs.id === id);
  expect(found).toHaveLength(1);
  return found[0]!.attrs.DefaultValue!;
}

function stringResource(id: string): { sv: string; en: string | undefined } {
  const found = elements(manifest, "bt:String").filter((e) => e.attrs.id === id);
  expect(found).toHaveLength(1);
  const en = elements(found[0]!.inner, "bt:Override").find((o) => o.attrs.Locale === "en-US");
  return { sv: found[0]!.attrs.DefaultValue!, en: en?.attrs.Value };
}

/**
 * The schemas are shared beside the project, never copied into it. A checkout
 * without them (a lone clone) reports these two tests as skipped, with where it
 * looked; `REQUIRE_MANIFEST_XSD=1` makes their absence a failure instead.
 */
const validates = schemasPresent() || process.env.REQUIRE_MANIFEST_XSD === "1" ? it : it.skip;
if (!schemasPresent()) {
  console.warn(`Manifest schema validation skipped: no OfficeAppManifestV1_1.xsd in ${schemaDir()} (set MANIFEST_XSD_DIR).`);
}

describe("manifest.xml against Microsoft's schemas", () => {
  validates("validates against OfficeAppManifestV1_1.xsd with no errors", async () => {
    const result = await validateManifest(manifest);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  validates("really validates: an unknown permission is reported with its line", async () => {
    const broken = manifest.replace("<Permissions>ReadWriteDocument<", "<Permissions>ReadWriteEverything<");
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors[0]?.message).toContain("ReadWriteEverything");
    expect(result.errors[0]?.loc?.lineNumber).toBeGreaterThan(1);
  });

  it("says where it looked when the shared schemas are missing", () => {
    expect(() => loadSchemas("/nonexistent/office-manifest-xsd")).toThrow(
      /Manifest schemas not found: expected OfficeAppManifestV1_1\.xsd in \/nonexistent\/office-manifest-xsd/,
    );
  });
});

describe("manifest.xml identity and requirements", () => {
  it("has a stable GUID as its Id and a four-part version", () => {
    expect(text(only(manifest, "Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    // Excel and the admin center know the add-in by this Id: it must never change.
    expect(text(only(manifest, "Id"))).toBe("2f184aa5-f11c-4cb4-817a-8e898680f739");
    expect(text(only(manifest, "Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(only(manifest, "ProviderName"))).toBe("Säkerhetsenheten, Linköpings kommun");
  });

  it("asks for ReadWriteDocument and runs in Excel workbooks only", () => {
    expect(text(only(manifest, "Permissions"))).toBe("ReadWriteDocument");
    expect(elements(manifest, "Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
  });

  it("requires ExcelApi 1.9 and no other API set", () => {
    expect(only(manifest, "Sets").attrs.DefaultMinVersion).toBe("1.1");
    expect(elements(manifest, "Set").map((s) => s.attrs)).toEqual([{ Name: "ExcelApi", MinVersion: "1.9" }]);
  });

  it("is Swedish by default with English overrides for its name and description", () => {
    expect(text(only(manifest, "DefaultLocale"))).toBe("sv-SE");
    for (const name of ["DisplayName", "Description"]) {
      const element = elements(manifest, name)[0]!; // the first is the add-in's own, not a Supertip's
      expect(element.attrs.DefaultValue).toMatch(/[åäö]/i);
      const en = elements(element.inner, "Override").filter((o) => o.attrs.Locale === "en-US");
      expect(en).toHaveLength(1);
      expect(en[0]!.attrs.Value).not.toBe(element.attrs.DefaultValue);
    }
    expect(elements(manifest, "DisplayName")[0]!.attrs.DefaultValue).toMatch(/^Medborgarlöfte/);
  });
});

describe("manifest.xml ribbon", () => {
  const controls = elements(manifest, "Control");

  it("adds one group on the Home tab with the three buttons", () => {
    expect(only(manifest, "OfficeTab").attrs.id).toBe("TabHome");
    const group = only(manifest, "Group");
    expect(stringResource(elements(group.inner, "Label")[0]!.attrs.resid!).sv).toBe("Medborgarlöfte");
    expect(controls.map((c) => c.attrs["xsi:type"])).toEqual(["Button", "Button", "Button"]);
    const labels = controls.map((c) => stringResource(only(c.inner, "Label").attrs.resid!).sv);
    expect(labels).toEqual(["Öppna panelen", "Kontrollera", "Tertialrapport"]);
  });

  it("opens the task pane from the first button", () => {
    const action = only(controls[0]!.inner, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(resource("bt:Url", only(action.inner, "SourceLocation").attrs.resid!)).toBe(`${DEV_HOST}taskpane.html`);
  });

  it("runs checkRegister and makeCurrentReport from the function file", () => {
    const functions = elements(manifest, "FunctionName").map(text);
    expect(functions).toEqual(["checkRegister", "makeCurrentReport"]);
    expect(resource("bt:Url", only(manifest, "FunctionFile").attrs.resid!)).toBe(`${DEV_HOST}commands.html`);
    expect(only(only(manifest, "DefaultSettings").inner, "SourceLocation").attrs.DefaultValue).toBe(`${DEV_HOST}taskpane.html`);
  });

  it("gives each button a label, a supertip and icons at 16, 32 and 80 px", () => {
    for (const control of controls) {
      const supertip = only(control.inner, "Supertip");
      expect(only(supertip.inner, "Title").attrs.resid).toBeTruthy();
      expect(only(supertip.inner, "Description").attrs.resid).toBeTruthy();
      expect(elements(control.inner, "bt:Image").map((i) => i.attrs.size)).toEqual(["16", "32", "80"]);
    }
  });

  it("defines every resid it references, and references every resource it defines", () => {
    const referenced = new Set<string>();
    for (const m of stripComments(manifest).matchAll(/resid="([^"]+)"/g)) referenced.add(m[1]!);
    const defined = ["bt:Image", "bt:Url", "bt:String"].flatMap((kind) =>
      elements(manifest, kind).flatMap((e) => (e.attrs.id ? [e.attrs.id] : [])),
    );
    expect(new Set(defined).size).toBe(defined.length);
    expect([...referenced].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !referenced.has(id))).toEqual([]);
  });

  it("has a Swedish default and an English override for every ribbon string", () => {
    const strings = elements(manifest, "bt:String");
    expect(strings.length).toBeGreaterThanOrEqual(9);
    for (const s of strings) {
      const { sv, en } = stringResource(s.attrs.id!);
      expect({ id: s.attrs.id, sv: sv.length > 0, en: (en ?? "").length > 0 }).toEqual({ id: s.attrs.id, sv: true, en: true });
      expect(en).not.toBe(sv);
    }
  });
});

describe("manifest.xml URLs and icons", () => {
  it("points every URL at the development server and nowhere else", () => {
    const withoutNamespaces = stripComments(manifest).replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
    const urls = [...withoutNamespaces.matchAll(/https?:\/\/[^\s"<]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(DEV_HOST))).toEqual([]);
  });

  it("refers to icon files that exist in assets/ at the declared pixel size", () => {
    const declared: Array<[url: string, size: number]> = [
      [only(manifest, "IconUrl").attrs.DefaultValue!, 32],
      [only(manifest, "HighResolutionIconUrl").attrs.DefaultValue!, 64],
      ...elements(manifest, "bt:Image")
        .filter((i) => i.attrs.resid)
        .map((i): [string, number] => [resource("bt:Image", i.attrs.resid!), Number(i.attrs.size)]),
    ];
    for (const [url, size] of declared) {
      const file = localFile(url);
      expect(file).toContain(join(root, "assets"));
      expect(existsSync(file)).toBe(true);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  it("ships exactly the icons scripts/make-icons.ts draws", () => {
    for (const { file, png } of drawIcons()) {
      const shipped = PNG.sync.read(readFileSync(join(root, "assets", file)));
      expect({ file, width: shipped.width, height: shipped.height }).toEqual({ file, width: png.width, height: png.height });
      expect(Buffer.from(shipped.data).equals(Buffer.from(png.data))).toBe(true);
    }
  });
});
