/**
 * Measures the personal-data detector on the labelled corpus.
 * Run: npx tsx scripts/personal-data-eval.ts [corpus.json]
 * Prints the figures as JSON on stdout and every sample it got wrong on stderr.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCorpus, scoreCorpus, type KindScore } from "../src/core/personal-data/corpus-score";

const round = (x: number): number => Math.round(x * 10000) / 10000;
const rounded = (k: KindScore): KindScore => ({ ...k, precision: round(k.precision), recall: round(k.recall) });

const path = process.argv[2] ?? join(__dirname, "..", "tests", "fixtures", "personal-data-corpus.json");
const result = scoreCorpus(parseCorpus(JSON.parse(readFileSync(path, "utf8"))));

const { samples, precision, recall, tp, fp, fn, byKind } = result;
console.log(
  JSON.stringify({
    samples,
    precision: round(precision),
    recall: round(recall),
    tp,
    fp,
    fn,
    byKind: Object.fromEntries(Object.entries(byKind).map(([kind, k]) => [kind, rounded(k)])),
  }),
);
for (const miss of result.misses) {
  const found = miss.found.map((h) => `${h.kind} "${h.match}"`).join(", ") || "nothing";
  console.error(`miss: ${JSON.stringify(miss.text)} expected [${miss.expected.join(", ")}], found ${found}`);
}
