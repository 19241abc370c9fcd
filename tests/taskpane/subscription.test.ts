/** The pane's event subscriptions end with their view, also when the subscription arrives late. */
import { subscription } from "../../src/taskpane/subscription";

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("subscription", () => {
  it("ends the subscription on cleanup", async () => {
    const off = jest.fn(async () => undefined);
    const end = subscription(async () => off);
    await flush();
    expect(off).not.toHaveBeenCalled();
    end();
    expect(off).toHaveBeenCalledTimes(1);
  });

  it("ends a subscription that arrives after the cleanup at once", async () => {
    const off = jest.fn(async () => undefined);
    let arrive: (o: () => Promise<void>) => void = () => undefined;
    const end = subscription(() => new Promise((r) => (arrive = r)));
    end();
    arrive(off);
    await flush();
    expect(off).toHaveBeenCalledTimes(1);
  });

  it("a refused subscription is no error", async () => {
    const end = subscription(() => Promise.reject(new Error("no events in this host")));
    await flush();
    expect(() => end()).not.toThrow();
  });
});
