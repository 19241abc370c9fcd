// The SheetJS read floor of the CLI ratio (scripts/bench/cli-ratio.ts): a node process that
// merely reads the workbook into arrays with SheetJS, as the old reader did (dense sheets,
// every sheet to an array of rows). `node scripts/bench/sheetjs-floor.cjs FILE.xlsx`
const XLSX = require("@e965/xlsx");
const { readFileSync } = require("node:fs");

const book = XLSX.read(readFileSync(process.argv[2]), { type: "buffer", dense: true, cellDates: false });
let rows = 0;
for (const name of book.SheetNames) rows += XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1, raw: true }).length;
process.stdout.write(`${rows}\n`);
