/**
 * Just enough XML reading for assertions about manifest.xml. The manifest is
 * schema-validated first, so it is well-formed; a same-named element never
 * nests inside itself there, which keeps this reader simple.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export type XmlElement = {
  readonly attrs: Readonly<Record<string, string>>;
  /** Raw inner XML; "" for a self-closing element. */
  readonly inner: string;
};

/** The repository root: the nearest folder upwards holding both package.json and manifest.xml. */
export function repoRoot(from: string = __dirname): string {
  let dir = resolve(from);
  while (!(existsSync(join(dir, "package.json")) && existsSync(join(dir, "manifest.xml")))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No repository root (package.json + manifest.xml) above ${from}`);
    dir = parent;
  }
  return dir;
}

export function readManifest(): string {
  return readFileSync(join(repoRoot(), "manifest.xml"), "utf8");
}

export function stripComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, "");
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[m[1]!] = decode(m[2]!);
  return attrs;
}

/** Every element with this exact qualified name (e.g. "bt:Image"), in document order. */
export function elements(xml: string, name: string): XmlElement[] {
  const n = escapeRegExp(name);
  const pattern = new RegExp(`<${n}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${n}>)`, "g");
  return [...stripComments(xml).matchAll(pattern)].map((m) => ({ attrs: parseAttrs(m[1] ?? ""), inner: m[2] ?? "" }));
}

/** The single element with this name; throws when there are none or several. */
export function only(xml: string, name: string): XmlElement {
  const found = elements(xml, name);
  if (found.length !== 1) throw new Error(`Expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

/** Text content of an element without child elements. */
export function text(element: XmlElement): string {
  return decode(element.inner).trim();
}
