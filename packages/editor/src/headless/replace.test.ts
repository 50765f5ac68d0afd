import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { renderYDoc } from "./render.js";
import { createYDocFromPlainText } from "./seed.js";
import { updateReplacingContent } from "./replace.js";

describe("updateReplacingContent", () => {
  it("turns the current document into the earlier content as a new change, keeping headings", () => {
    const earlier = renderYDoc(
      createYDocFromPlainText(["## Aims", "People tell their story once."]),
    );
    const live = createYDocFromPlainText(["Completely different text."]);
    const otherClient = new Y.Doc();
    Y.applyUpdate(otherClient, Y.encodeStateAsUpdate(live));

    const update = updateReplacingContent(Y.encodeStateAsUpdate(live), earlier.json);
    Y.applyUpdate(live, update);
    Y.applyUpdate(otherClient, update);

    expect(renderYDoc(live).text).toBe(earlier.text);
    expect(renderYDoc(live).html).toContain("<h2");
    // Another replica that only receives the update converges on the same content.
    expect(renderYDoc(otherClient).text).toBe(earlier.text);
  });

  it("does not rewrite history: the earlier state is still contained in the new one", () => {
    const live = createYDocFromPlainText(["First text."]);
    const before = Y.encodeStateVector(live);
    const earlier = renderYDoc(createYDocFromPlainText(["Old text."]));
    Y.applyUpdate(live, updateReplacingContent(Y.encodeStateAsUpdate(live), earlier.json));
    const after = Y.decodeStateVector(Y.encodeStateVector(live));
    for (const [client, clock] of Y.decodeStateVector(before)) {
      expect(after.get(client)).toBeGreaterThanOrEqual(clock);
    }
    expect(renderYDoc(live).text).toBe("Old text.");
  });
});
