/** Test helper: list, read and rewrite the entries of a zip (an .xlsx package). */
import { unzip, zip } from "@cj-tech-master/excelts/archive";

export type ZipEntries = Map<string, Uint8Array>;

/** Every file entry, path → bytes, in archive order. */
export async function zipEntries(bytes: Uint8Array): Promise<ZipEntries> {
  const entries: ZipEntries = new Map();
  for await (const entry of unzip(bytes).entries()) {
    if (entry.type === "file") entries.set(entry.path, await entry.bytes());
  }
  return entries;
}

/** The text of one entry; throws when it is missing so a test says which. */
export function entryText(entries: ZipEntries, path: string): string {
  const data = entries.get(path);
  if (!data) throw new Error(`No entry ${path} in the zip; have: ${[...entries.keys()].join(", ")}`);
  return new TextDecoder().decode(data);
}

/** Paths matching a pattern, sorted. */
export function entryPaths(entries: ZipEntries, pattern: RegExp): string[] {
  return [...entries.keys()].filter((p) => pattern.test(p)).sort();
}

/** A zip of the given entries (text or bytes), in order. */
export async function makeZip(entries: Iterable<[string, string | Uint8Array]>): Promise<Uint8Array> {
  const archive = zip();
  for (const [path, data] of entries) archive.add(path, typeof data === "string" ? new TextEncoder().encode(data) : data);
  return archive.bytes();
}
