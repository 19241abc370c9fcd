/**
 * Write-only property bags (RangeFormat, font, fill, borders, page layout, …):
 * each set is validated and handed to `onSet` with its dotted path; reading a
 * property throws (the adapter never loads formats), and an unknown name throws
 * too, so a typo in the adapter cannot pass silently.
 */
import { richError } from "./engine";

export type Check = (value: unknown) => unknown;

export interface BagSpec {
  props?: Record<string, Check>;
  children?: Record<string, BagSpec>;
  /** Methods returning something (e.g. `borders.getItem`), built from the bag's path. */
  methods?: Record<string, (path: string, ...args: unknown[]) => unknown>;
}

export const isBool: Check = (v) => {
  if (typeof v !== "boolean") throw richError("InvalidArgument", `Expected a boolean, got ${String(v)}`);
  return v;
};

export const isNumber: Check = (v) => {
  if (typeof v !== "number" || !Number.isFinite(v)) throw richError("InvalidArgument", `Expected a number, got ${String(v)}`);
  return v;
};

export const isText: Check = (v) => {
  if (typeof v !== "string") throw richError("InvalidArgument", `Expected a string, got ${String(v)}`);
  return v;
};

export const anyValue: Check = (v) => v;

export function oneOf(...allowed: string[]): Check {
  return (v) => {
    if (!allowed.includes(v as string)) throw richError("InvalidArgument", `Expected one of ${allowed.join(", ")}, got ${String(v)}`);
    return v;
  };
}

export function bag(spec: BagSpec, onSet: (path: string, value: unknown) => void, path = ""): object {
  const children = new Map<string, object>();
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== "string") return undefined;
        const child = spec.children?.[prop];
        if (child) {
          let made = children.get(prop);
          if (!made) {
            made = bag(child, onSet, `${path}${prop}.`);
            children.set(prop, made);
          }
          return made;
        }
        const method = spec.methods?.[prop];
        if (method) return (...args: unknown[]) => method(path, ...args);
        if (spec.props?.[prop]) throw richError("PropertyNotLoaded", `The property '${path}${prop}' is not available.`);
        throw new TypeError(`Strict fake: no property '${path}${prop}' here.`);
      },
      set(_target, prop, value) {
        const check = typeof prop === "string" ? spec.props?.[prop] : undefined;
        if (!check) throw new TypeError(`Strict fake: cannot set '${path}${String(prop)}'.`);
        onSet(`${path}${String(prop)}`, check(value));
        return true;
      },
    },
  );
}
