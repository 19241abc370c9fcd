/**
 * Runs last: everything every scenario's pages asked for went to the test
 * server's own origin, and no page broke its CSP or threw.
 */
import assert from "node:assert/strict";
import type { E2EScenario } from "../context";
import { scenario } from "../harness";

export const networkScenarios: E2EScenario[] = [
  scenario("Network: every request of every scenario went to the test server, none elsewhere", async ({ watch, origin }) => {
    assert.ok(watch.requests.length > 20, `only ${watch.requests.length} requests were recorded`);
    const foreign = watch.requests.filter((u) => !u.startsWith(`${origin}/`));
    assert.deepEqual([...new Set(foreign)], []);
    assert.deepEqual(watch.websockets, []);
    console.log(`    ${watch.requests.length} requests, all to ${origin}`);
  }),

  scenario("No CSP violation, uncaught error or console error on any page", async ({ watch }) => {
    assert.deepEqual(watch.cspViolations, []);
    assert.deepEqual(watch.pageErrors, []);
    assert.deepEqual(watch.consoleErrors, []);
  }),
];
