/** Test helper: find the parts of a rendered package by sheet, and resolve cell texts from its XML. */
import { entryText, type ZipEntries } from "./zip-entries";

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Sheet name → worksheet part path, following workbook.xml and its relationships. */
export function sheetParts(entries: ZipEntries): Map<string, string> {
  const rels = entryText(entries, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) targets.set(attr(tag, "Id")!, attr(tag, "Target")!);
  const out = new Map<string, string>();
  for (const tag of entryText(entries, "xl/workbook.xml").match(/<sheet\b[^>]*>/g) ?? []) {
    const target = targets.get(attr(tag, "r:id")!)!;
    out.set(unescapeXml(attr(tag, "name")!), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** Paths of the table parts a worksheet refers to (relative or absolute targets). */
export function tablePartsOf(entries: ZipEntries, sheetPath: string): string[] {
  const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
  if (!entries.has(relsPath)) return [];
  const tags = entryText(entries, relsPath).match(/<Relationship\b[^>]*>/g) ?? [];
  return tags.filter((tag) => attr(tag, "Type")!.endsWith("/table")).map((tag) => `xl/tables/${attr(tag, "Target")!.split("/").pop()!}`);
}

/** The text or number a cell holds in the sheet XML, resolving shared strings; null when absent. */
export function cellText(entries: ZipEntries, sheetPath: string, address: string): string | null {
  const xml = entryText(entries, sheetPath);
  const m = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
  if (!m || !m[2]) return null;
  const v = /<v>([^<]*)<\/v>/.exec(m[2])?.[1];
  if (/\bt="s"/.test(m[1]!)) {
    const sst = entryText(entries, "xl/sharedStrings.xml").match(/<si>[\s\S]*?<\/si>/g) ?? [];
    const si = sst[Number(v)] ?? "";
    return unescapeXml((si.match(/<t[^>]*>([^<]*)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join(""));
  }
  if (/\bt="inlineStr"/.test(m[1]!)) return unescapeXml(m[2].replace(/<[^>]+>/g, ""));
  return v === undefined ? null : unescapeXml(v);
}
