/** Reads the cells, formulas and links of a rendered .xlsx straight from its XML, to see what Excel will see. */
import { sheetParts } from "../../xlsx/package-parts";
import { entryText, zipEntries, type ZipEntries } from "../../xlsx/zip-entries";

export interface XmlCell {
  ref: string;
  /** The cell's `t` attribute: "s" shared string, "inlineStr", "str" (a formula's text), "n", "b", "e" or absent (number). */
  type: string | null;
  hasFormula: boolean;
  text: string | null;
}

export interface XmlSheet {
  name: string;
  xml: string;
  rels: string | null;
  cells: XmlCell[];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** The text of each `<si>` in the shared string table. */
function sharedStrings(entries: ZipEntries): string[] {
  if (!entries.has("xl/sharedStrings.xml")) return [];
  return (entryText(entries, "xl/sharedStrings.xml").match(/<si>[\s\S]*?<\/si>/g) ?? []).map((si) =>
    unescapeXml((si.match(/<t[^>]*>[^<]*<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join("")),
  );
}

export async function readSheetsXml(bytes: Uint8Array): Promise<XmlSheet[]> {
  const entries = await zipEntries(bytes);
  const sst = sharedStrings(entries);
  return [...sheetParts(entries)].map(([name, path]) => {
    const xml = entryText(entries, path);
    const relsPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
    const cells: XmlCell[] = [];
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = m[2] ?? "";
      const body = m[3] ?? "";
      const type = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? null;
      const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      let text: string | null = v === undefined ? null : unescapeXml(v);
      if (type === "s" && v !== undefined) text = sst[Number(v)] ?? null;
      if (type === "inlineStr") text = unescapeXml(body.replace(/<[^>]+>/g, ""));
      cells.push({ ref: m[1]!, type, hasFormula: /<f[\s>/]/.test(body), text });
    }
    return { name, xml, rels: entries.has(relsPath) ? entryText(entries, relsPath) : null, cells };
  });
}
