/** Strict WorksheetCollection and NamedItemCollection, with the two worksheet events. */
import { addMemSheet, sheetById, sheetByName, sheetReference, type MemName } from "../../support/memory-workbook";
import { FakeObject, richError, type FakeEngine } from "./engine";
import { FakeRange } from "./range";
import { checkDefinedName, checkSheetName } from "./rules";
import { BoundSheet } from "./sheet-ref";
import { FakeWorksheet } from "./worksheet";

/** "items/name,items/position" → ["name", "position"]; anything else is refused. */
function itemProps(properties?: string | string[]): string[] {
  const list = (Array.isArray(properties) ? properties : (properties ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
  if (list.length === 0 || list.some((p) => !p.startsWith("items/"))) {
    throw new TypeError(`Strict fake: load collection items as "items/<property>", got ${String(properties)}`);
  }
  return list.map((p) => p.slice("items/".length));
}

export type Handler = (args: Record<string, unknown>) => Promise<unknown>;

export interface EventRegistry {
  changed: Set<Handler>;
  activated: Set<Handler>;
}

/** The request context as the collections see it: whether its `Excel.run` is still going. */
export interface ContextState {
  readonly running: boolean;
}

/**
 * `onChanged` / `onActivated`. The handler result's `remove()` must be called in the context the handler was
 * added in (OfficeExtension.EventHandlerResult), i.e. inside `Excel.run(result.context, …)`: outside it the
 * fake throws, as the batch that would carry the removal no longer exists.
 */
function eventHandlers(engine: FakeEngine, context: ContextState, handlers: Set<Handler>, api: number): object {
  return {
    add: (handler: Handler) => {
      engine.enqueue([], () => void handlers.add(handler), { api });
      return {
        context,
        remove: () => {
          if (!context.running) {
            throw new TypeError("Strict fake: remove an event handler inside Excel.run(result.context, …), the context it was added in.");
          }
          engine.enqueue([], () => void handlers.delete(handler), { api });
        },
      };
    },
  };
}

export class FakeWorksheetCollection extends FakeObject {
  private list: FakeWorksheet[] | null = null;

  constructor(engine: FakeEngine, private readonly context: ContextState, private readonly events: EventRegistry) {
    super(engine);
  }

  protected snapshot(): unknown {
    throw new TypeError("unused");
  }

  override load(properties?: string | string[]): this {
    const props = itemProps(properties);
    this.engine.enqueue(properties, () => {
      const items = this.engine.wb.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.engine, BoundSheet.byId(this.engine.wb, sheet.id));
        const values = props.map((p) => [p, p === "position" ? this.engine.wb.sheets.indexOf(sheet) : p === "id" ? sheet.id : sheet.name] as const);
        return { proxy, values };
      });
      return {
        responseBytes: this.engine.bytesOf(items.map((i) => i.values)),
        commit: () => {
          for (const { proxy, values } of items) for (const [p, v] of values) proxy.setLoaded(p, v);
          this.list = items.map((i) => i.proxy);
        },
      };
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.list) throw richError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.list;
  }

  getItem(key: string): FakeWorksheet {
    const wb = this.engine.wb;
    return new FakeWorksheet(this.engine, new BoundSheet(wb, () => sheetById(wb, key) ?? sheetByName(wb, key), false, "WorksheetCollection.getItem"));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const wb = this.engine.wb;
    return new FakeWorksheet(this.engine, new BoundSheet(wb, () => sheetById(wb, key) ?? sheetByName(wb, key), true), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    const wb = this.engine.wb;
    return new FakeWorksheet(this.engine, new BoundSheet(wb, () => (wb.activeSheetId ? sheetById(wb, wb.activeSheetId) : undefined)));
  }

  add(name: string): FakeWorksheet {
    const ref = new BoundSheet(this.engine.wb, () => undefined);
    this.engine.enqueue(name, () => {
      checkSheetName(name);
      if (sheetByName(this.engine.wb, name)) throw richError("ItemAlreadyExists", `A sheet named ${name} exists.`, "WorksheetCollection.add");
      ref.bind(addMemSheet(this.engine.wb, name));
    });
    return new FakeWorksheet(this.engine, ref);
  }

  get onChanged(): object {
    return eventHandlers(this.engine, this.context, this.events.changed, 1.9);
  }

  get onActivated(): object {
    return eventHandlers(this.engine, this.context, this.events.activated, 1.7);
  }
}

class FakeNamedItem extends FakeObject {
  constructor(engine: FakeEngine, private readonly find: () => MemName | undefined) {
    super(engine);
  }

  protected snapshot(property: string): unknown {
    const item = this.find();
    if (!item) throw richError("ItemNotFound", "No such name");
    const sheet = item.sheetId ? sheetById(this.engine.wb, item.sheetId) : undefined;
    if (property === "name") return item.name;
    if (property === "type") return sheet ? "Range" : "Error";
    if (property === "value") return sheet ? sheetReference(sheet.name, item.address) : "#REF!";
    throw new TypeError(`Strict fake: NamedItem.${property} cannot be loaded here.`);
  }

  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }

  delete(): void {
    this.engine.enqueue([], () => {
      const item = this.find();
      if (!item) throw richError("ItemNotFound", "No such name", "NamedItemCollection.getItem");
      this.engine.wb.names.splice(this.engine.wb.names.indexOf(item), 1);
    }, { api: 1.4 });
  }
}

export class FakeNamedItemCollection extends FakeObject {
  private list: FakeNamedItem[] | null = null;

  protected snapshot(): unknown {
    throw new TypeError("unused");
  }

  override load(properties?: string | string[]): this {
    const props = itemProps(properties);
    this.engine.enqueue(properties, () => {
      const items = this.engine.wb.names.map((n) => {
        const proxy = new FakeNamedItem(this.engine, () => n);
        const values = props.map((p) => [p, (proxy as unknown as { snapshot(p: string): unknown }).snapshot(p)] as const);
        return { proxy, values };
      });
      return {
        responseBytes: this.engine.bytesOf(items.map((i) => i.values)),
        commit: () => {
          for (const { proxy, values } of items) for (const [p, v] of values) proxy.setLoaded(p, v);
          this.list = items.map((i) => i.proxy);
        },
      };
    });
    return this;
  }

  get items(): FakeNamedItem[] {
    if (!this.list) throw richError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.list;
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.engine, () => this.engine.wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase()));
  }

  /** `add(name, "='Sheet'!$A$1")` or `add(name, range)`; binds to the sheet so renames follow. */
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    this.engine.enqueue([name, typeof reference === "string" ? reference : "range", comment], () => {
      const wb = this.engine.wb;
      checkDefinedName(name);
      if (wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw richError("ItemAlreadyExists", name, "NamedItemCollection.add");
      if (typeof reference !== "string") throw new TypeError("Strict fake: pass the reference as a formula string");
      const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+)$/.exec(reference);
      const sheet = m ? sheetByName(wb, m[1]?.replace(/''/g, "'") ?? m[2]!) : undefined;
      if (!m || !sheet) throw richError("InvalidArgument", `Bad reference ${reference}`);
      wb.names.push({ name, sheetId: sheet.id, address: m[3]! });
    }, { api: 1.4 });
    return this.getItem(name);
  }
}
