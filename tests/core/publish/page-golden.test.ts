/**
 * The demo's published page, byte for byte: docs/publish/index.html is the golden copy
 * (the README shows it). After a deliberate change to the page or the demo, write it
 * again with `UPDATE_GOLDEN=1 npx jest tests/core/publish/page-golden` and look at the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { publishPageHtml } from "../../../src/core/publish/page-html";
import { demoPublication } from "./publish-fixture";

const GOLDEN = join(__dirname, "../../../docs/publish/index.html");

describe("the demo's published page", () => {
  const page = publishPageHtml(demoPublication().model);

  it("is docs/publish/index.html", () => {
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, page);
    }
    expect(existsSync(GOLDEN)).toBe(true);
    expect(page).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("is one self-contained document: no script, no request outside itself", () => {
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|https?:\/\/|src=|href=/i);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(page).toMatch(/^<!doctype html>\n<html lang="sv">/);
  });

  it("gives every chart a text alternative and a table of its figures", () => {
    const svgs = [...page.matchAll(/<svg [^>]*role="img" aria-labelledby="(diagram-\d+)-title \1-desc"/g)];
    expect(svgs).toHaveLength(6);
    for (const [, key] of svgs) {
      expect(page).toContain(`<title id="${key}-title">`);
      expect(page).toContain(`<desc id="${key}-desc">Linjediagram: `);
      expect(page).toContain(`<caption id="${key}-table">`);
    }
    expect(page.match(/<svg /g)).toHaveLength(6);
    // Every table has a caption and column headers with a scope; each row's first cell heads it.
    const tables = page.match(/<table>[\s\S]*?<\/table>/g)!;
    expect(tables.length).toBe(8);
    for (const t of tables) {
      expect(t).toMatch(/^<table>\n<caption id="[^"]+">/);
      expect(t).not.toMatch(/<th(?=[ >])(?! scope="(col|row)")/);
    }
  });

  it("says each status in words with its symbol, and the small-number rule in the footer", () => {
    expect(page).toContain('<span class="symbol" aria-hidden="true">✓</span> Uppnått');
    expect(page).toContain('<span class="symbol" aria-hidden="true">↗</span> Förbättrat, ej nått målet');
    expect(page).toContain('<span class="symbol" aria-hidden="true">✗</span> Ej uppnått');
    expect(page).toMatch(/<p>Skapad 2026-01-08 · data [0-9a-f]{6} · färre än 5 visas som &quot;färre än 5&quot;<\/p>/);
  });
});
