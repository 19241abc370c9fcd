/** The parts of an OOXML package (a zip), read and written in order, for small edits after excelts writes. */
import { unzip, zip } from "@cj-tech-master/excelts/archive";

/** Path → bytes of every file in the zip, in the archive's order. */
export async function readZipParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array>();
  for await (const entry of unzip(bytes).entries()) {
    if (entry.type === "directory") continue;
    parts.set(entry.path, await entry.bytes());
  }
  return parts;
}

/** A zip of the parts, in the map's order (`[Content_Types].xml` stays first). */
export async function writeZipParts(parts: Map<string, Uint8Array>): Promise<Uint8Array> {
  const archive = zip();
  for (const [path, data] of parts) archive.add(path, data);
  return archive.bytes();
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** Rewrites the text of every part whose path matches, leaving the others untouched. */
export function editTextParts(parts: Map<string, Uint8Array>, pathPattern: RegExp, edit: (xml: string, path: string) => string): void {
  for (const [path, data] of parts) {
    if (!pathPattern.test(path)) continue;
    const before = decoder.decode(data);
    const after = edit(before, path);
    if (after !== before) parts.set(path, encoder.encode(after));
  }
}
