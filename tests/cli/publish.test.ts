/** `pledge publish` end to end on the demo register as an .xlsx file. */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { registerInputFromGrids } from "../../src/app/register";
import { runCli } from "../../src/cli/run";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { renderWorkbook } from "../../src/xlsx/render-plan";

const dir = mkdtempSync(join(tmpdir(), "pledge-publish-"));
const demoFile = join(dir, "demo.xlsx");
let demoHash = "";

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), now: new Date(2026, 0, 8, 10, 0) });
  return { code, out, err };
}

beforeAll(async () => {
  writeFileSync(demoFile, await renderWorkbook(registerPlans(registerInputFromGrids(demoRegister()))));
  demoHash = hash(demoFile);
});

afterEach(() => {
  // Nothing the command does changes the register it reads.
  expect(hash(demoFile)).toBe(demoHash);
});

describe("pledge publish", () => {
  it("writes the page for the default tertial into a new folder, and says what it wrote", async () => {
    const out = join(dir, "webb");
    const r = await run("publish", demoFile, "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["bild-1080x1080.png", "bild-1200x675.png", "bildtext.txt", "index.html"]);
    // Real PNGs of their sizes (IHDR width and height), and a text alternative.
    for (const [file, w, h] of [
      ["bild-1080x1080.png", 1080, 1080],
      ["bild-1200x675.png", 1200, 675],
    ] as const) {
      const png = readFileSync(join(out, file));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
    }
    expect(readFileSync(join(out, "bildtext.txt"), "utf8")).toContain("Skäggetorp");
    const page = readFileSync(join(out, "index.html"), "utf8");
    expect(page).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(page).toContain("<h1>Medborgarlöftet för Skäggetorp: så gick det september–december 2025</h1>");
    expect(page).toContain("färre än 5");
    expect(page).not.toMatch(/<script|https?:\/\//);
    expect(r.out).toContain(`Skrev sidan för T3 2025 till ${join(out, "index.html")} (data `);
    expect(r.out).toContain('Antal under 5 visas som "färre än 5".');
  });

  it("--address puts the page's address on the images and in their text alternative", async () => {
    const out = join(dir, "adress");
    const plain = join(dir, "utan-adress");
    expect((await run("publish", demoFile, "--out", out, "--address", "kommunen.example/trygghet")).code).toBe(0);
    expect((await run("publish", demoFile, "--out", plain)).code).toBe(0);
    expect(readFileSync(join(out, "bildtext.txt"), "utf8")).toContain("Läs mer: kommunen.example/trygghet");
    expect(readFileSync(join(plain, "bildtext.txt"), "utf8")).not.toContain("Läs mer");
    // The address is drawn: the images differ from those without it.
    expect(readFileSync(join(out, "bild-1080x1080.png")).equals(readFileSync(join(plain, "bild-1080x1080.png")))).toBe(false);
  });

  it("--tertial picks the period, and --final the whole pledge", async () => {
    const t2 = join(dir, "t2");
    expect((await run("publish", demoFile, "--tertial", "T2 2025", "--out", t2)).code).toBe(0);
    expect(readFileSync(join(t2, "index.html"), "utf8")).toContain("så gick det maj–augusti 2025</h1>");
    const final = join(dir, "hela");
    const r = await run("publish", demoFile, "--final", "--out", final);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Skrev sidan för hela löftet");
    expect(readFileSync(join(final, "index.html"), "utf8")).toContain("så gick det augusti 2024–december 2025</h1>");
  });

  it("never writes over what is in the folder without --force, and leaves other files alone", async () => {
    const out = join(dir, "finns");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "min egen sida");
    writeFileSync(join(out, "annat.txt"), "behålls");
    const refused = await run("publish", demoFile, "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      `Mappen ${out} har redan index.html, som inte skrivs över. Välj en ny mapp, eller lägg till --force för att ersätta dem.\n`,
    );
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("min egen sida");
    const forced = await run("publish", demoFile, "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<html lang="sv">');
    expect(readFileSync(join(out, "annat.txt"), "utf8")).toBe("behålls");
    expect(readdirSync(out).sort()).toEqual(["annat.txt", "bild-1080x1080.png", "bild-1200x675.png", "bildtext.txt", "index.html"]);
  });

  it("says in Swedish what to type instead, with exit 2", async () => {
    const noOut = await run("publish", demoFile);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain("Ange mappen som sidan och bilderna ska sparas i: --out MAPP");
    const both = await run("publish", demoFile, "--final", "--tertial", "T2 2025", "--out", join(dir, "x"));
    expect(both.code).toBe(2);
    expect(both.err).toContain('Ange antingen --tertial "T2 2025" eller --final, inte båda.');
    const onFile = await run("publish", demoFile, "--out", demoFile);
    expect(onFile.code).toBe(2);
    expect(onFile.err).toBe(`${demoFile} är en fil. Ange en mapp som sidan och bilderna ska sparas i, till exempel --out publicerat.\n`);
    const missing = await run("publish", join(dir, "saknas.xlsx"), "--out", join(dir, "y"));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`Filen ${join(dir, "saknas.xlsx")} finns inte. Kontrollera sökvägen och filnamnet.\n`);
    expect(readdirSync(dir)).not.toContain("y");
  });

  it("is in the help text", async () => {
    const r = await run("help");
    expect(r.out).toContain('pledge publish FIL.xlsx [--tertial "T2 2025" | --final] --out MAPP');
  });
});
