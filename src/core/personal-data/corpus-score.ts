/**
 * Scores the detector against labelled samples. Per sample the found kinds
 * and the expected kinds are compared as multisets: a kind found as often as
 * expected is a true positive, extra finds are false positives, missing ones
 * false negatives. A personnummer reported as "telefon" thus counts as one
 * of each, since the message shown to the user would be wrong.
 */
import { findPersonalData } from "./find-personal-data";
import type { PersonalDataHit, PersonalDataKind } from "./types";

export interface LabelledSample {
  text: string;
  expected: PersonalDataKind[];
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface CorpusMiss {
  text: string;
  expected: PersonalDataKind[];
  found: readonly PersonalDataHit[];
}

export interface CorpusScore extends KindScore {
  samples: number;
  byKind: Record<PersonalDataKind, KindScore>;
  misses: CorpusMiss[];
}

const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ["personnummer", "samordningsnummer", "telefon", "e-post"];

function score(tp: number, fp: number, fn: number): KindScore {
  // With nothing found (or nothing to find) there is nothing to get wrong.
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** Throws when the corpus file is not an array of `{ text, expected }` with known kinds. */
export function parseCorpus(json: unknown): LabelledSample[] {
  if (!Array.isArray(json)) throw new Error("The corpus must be a JSON array.");
  return json.map((item: unknown, i) => {
    const sample = item as Partial<LabelledSample> | null;
    const expected = sample?.expected;
    if (typeof sample?.text !== "string" || !Array.isArray(expected) || !expected.every((k) => PERSONAL_DATA_KINDS.includes(k))) {
      throw new Error(`Corpus sample ${i} is not { text: string, expected: PersonalDataKind[] }.`);
    }
    return { text: sample.text, expected: [...expected] };
  });
}

/** Precision and recall over hits, overall and per kind, with every sample the detector got wrong. */
export function scoreCorpus(
  samples: readonly LabelledSample[],
  detect: (text: string) => readonly PersonalDataHit[] = findPersonalData,
): CorpusScore {
  const counts = new Map(PERSONAL_DATA_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const misses: CorpusMiss[] = [];
  for (const sample of samples) {
    const found = detect(sample.text);
    let wrong = false;
    for (const kind of PERSONAL_DATA_KINDS) {
      const want = sample.expected.filter((k) => k === kind).length;
      const got = found.filter((h) => h.kind === kind).length;
      const c = counts.get(kind);
      if (!c) continue;
      c.tp += Math.min(want, got);
      c.fp += Math.max(0, got - want);
      c.fn += Math.max(0, want - got);
      wrong ||= want !== got;
    }
    if (wrong) misses.push({ text: sample.text, expected: sample.expected, found });
  }
  const byKind = Object.fromEntries(
    PERSONAL_DATA_KINDS.map((k) => {
      const c = counts.get(k) ?? { tp: 0, fp: 0, fn: 0 };
      return [k, score(c.tp, c.fp, c.fn)];
    }),
  ) as Record<PersonalDataKind, KindScore>;
  const all = Object.values(byKind);
  const total = score(
    all.reduce((s, k) => s + k.tp, 0),
    all.reduce((s, k) => s + k.fp, 0),
    all.reduce((s, k) => s + k.fn, 0),
  );
  return { samples: samples.length, ...total, byKind, misses };
}
