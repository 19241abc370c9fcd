/** missing-partner-tab: why Excel cannot name the tab comes from one rule (sheetNameRule) and both languages give it (issue 10). */
import { messageFor } from "../../../src/core/messages/catalogue";
import { readRegister } from "../../../src/core/register/read-register";
import { demoRegister } from "../../../src/demo/demo-register";

const longTab = "Föreningen för trygghet i hela stadsdelen";

function findingFor(tab: string) {
  const grids = demoRegister();
  const parter = grids.sheets.find((s) => s.name === "Parter")!;
  const col = parter.values[0]!.indexOf("Flik");
  parter.values[1]![col] = tab;
  return readRegister(grids).findings.find((f) => f.code === "missing-partner-tab")!;
}

describe("missing-partner-tab for a Flik Excel cannot name", () => {
  it("gives the reason in Swedish and in English, from the same parameters", () => {
    const f = findingFor(longTab);
    const sv = messageFor("missing-partner-tab", f.params, "sv");
    const en = messageFor("missing-partner-tab", f.params, "en");
    expect(sv).toContain(`Ett fliknamn får vara högst 31 tecken; "${longTab}" har ${longTab.length}.`);
    expect(en).toContain(`A sheet name may have at most 31 characters; "${longTab}" has ${longTab.length}.`);
    expect(en).not.toMatch(/fliknamn|tecken/);
    for (const text of [sv, en]) expect(text).toContain(String(f.params["partner"]));
  });

  it("names the forbidden characters in English too", () => {
    const en = messageFor("missing-partner-tab", findingFor("Polis/Syd").params, "en");
    expect(en).toMatch(/^A sheet name may not contain/);
  });
});
