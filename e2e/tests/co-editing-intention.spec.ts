// Two people put their carets at the same spot and type different sentences at the same
// moment, as fast as a slow typist (150 ms a key), a quick one (30 ms) and a script (0 ms), in
// a plain paragraph, inside a bold run, in a list item and in a table cell. What a person
// notices is whether each sentence stays whole: both screens must show both sentences intact,
// one after the other, and a reload must show the same.
import { expect, test, type Locator, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { editorText, newSection, pasteHtml, person, waitUntilSaved } from "../support/editing";

const SENTENCE_A = " alpha bravo charlie";
const SENTENCE_B = " delta echo foxtrot";

const SECTION_HTML =
  "<p>Plain words</p><p>Before <b>strong words</b> after.</p>" +
  "<ul><li>A list item</li></ul>" +
  "<table><tr><td>In a cell</td><td>Next cell</td></tr></table><p>The end.</p>";

interface Place {
  name: string;
  block: (page: Page) => Locator;
  /** Left arrow presses from the end of the block to the caret: inside bold, after "strong". */
  leftFromEnd: number;
}

const places: Place[] = [
  {
    name: "a plain paragraph",
    block: (p) => editorText(p).locator("p", { hasText: "Plain words" }),
    leftFromEnd: 0,
  },
  {
    name: "a bold run",
    block: (p) => editorText(p).locator("p", { hasText: "Before strong" }),
    leftFromEnd: " words after.".length,
  },
  {
    name: "a list item",
    block: (p) => editorText(p).locator("li", { hasText: "A list item" }),
    leftFromEnd: 0,
  },
  {
    name: "a table cell",
    block: (p) => editorText(p).locator("td, th", { hasText: "In a cell" }),
    leftFromEnd: 0,
  },
];

const paces = [150, 30, 0];

/**
 * Clicks into the block, puts the caret after its last word (as a click just past the words
 * does; End would stop at the end of a wrapped line) and walks left with the arrow key.
 */
async function putCaret(page: Page, place: Place) {
  const block = place.block(page);
  await block.click();
  await block.evaluate((element) => {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    while (walker.nextNode()) last = walker.currentNode as Text;
    if (last) element.ownerDocument.getSelection()?.collapse(last, last.length);
  });
  for (let i = 0; i < place.leftFromEnd; i++) await page.keyboard.press("ArrowLeft");
}

const textOf = (locator: Locator) => locator.evaluate((element) => element.textContent ?? "");

/**
 * How far this screen draws someone's caret (found by the name on it) from the end of the last
 * `word` in the block, across and down, in pixels: where a person sees the other caret.
 */
function caretOffset(block: Locator, name: string, word: string) {
  return block.evaluate(
    (element, { name, word }) => {
      const label = [...element.ownerDocument.querySelectorAll("span")].find(
        (span) => span.textContent === name && span.parentElement?.style.position === "absolute",
      );
      const caret = label?.parentElement?.getBoundingClientRect();
      const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let end: { node: Text; offset: number } | null = null;
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.lastIndexOf(word);
        if (at >= 0) end = { node, offset: at + word.length };
      }
      if (!caret || !end) return { across: Infinity, down: Infinity };
      const range = element.ownerDocument.createRange();
      range.setStart(end.node, end.offset);
      range.collapse(true);
      const spot = range.getBoundingClientRect();
      const middle = (r: DOMRect) => (r.top + r.bottom) / 2;
      return {
        across: Math.round(Math.abs(spot.left - caret.left)),
        down: Math.round(Math.abs(middle(spot) - middle(caret))),
      };
    },
    { name, word },
  );
}

for (const place of places) {
  test(`two people typing at the same caret in ${place.name} keep their sentences whole`, async ({
    browser,
  }) => {
    test.slow();
    const a = await person(browser, "editor@example.org");
    const b = await person(browser, "admin@example.org");
    const url = await newSection(a.page, `Same caret ${place.name} ${Date.now()}`);
    await waitUntilSaved(a.page);
    await editorText(a.page).click();
    await pasteHtml(a.page, SECTION_HTML, "Plain words");
    await expect(place.block(a.page)).toBeVisible();
    await waitUntilSaved(a.page);
    await b.page.goto(url);
    await expect(place.block(b.page)).toBeVisible();
    await waitUntilSaved(b.page);

    for (const delay of paces) {
      const before = await textOf(place.block(a.page));
      const at = before.length - place.leftFromEnd;
      const withBoth = (first: string, second: string) =>
        before.slice(0, at) + first + second + before.slice(at);

      await putCaret(a.page, place);
      await putCaret(b.page, place);
      await Promise.all([
        a.page.keyboard.type(SENTENCE_A, { delay }),
        b.page.keyboard.type(SENTENCE_B, { delay }),
      ]);
      await waitUntilSaved(a.page);
      await waitUntilSaved(b.page);

      const expected = [withBoth(SENTENCE_A, SENTENCE_B), withBoth(SENTENCE_B, SENTENCE_A)];
      await expect
        .poll(() => textOf(place.block(a.page)), { message: `${delay} ms a key` })
        .toBe(await textOf(place.block(b.page)));
      expect(expected, `both sentences whole at ${delay} ms a key`).toContain(
        await textOf(place.block(a.page)),
      );
      expect(await textOf(editorText(b.page))).toBe(await textOf(editorText(a.page)));

      // Each screen draws the other person's caret just after that person's last word.
      for (const [viewer, name, word] of [
        [a.page, "Amira Shah", "foxtrot"],
        [b.page, "Dr Helen Price", "charlie"],
      ] as const) {
        await expect
          .poll(
            async () => {
              const { across, down } = await caretOffset(place.block(viewer), name, word);
              return across <= 2 && down <= 4 ? "in place" : `${across} px across, ${down} px down`;
            },
            { message: `${name}'s caret at ${delay} ms a key` },
          )
          .toBe("in place");
      }
    }

    // A reload reads the same text from the server.
    const final = await textOf(editorText(a.page));
    await a.page.reload();
    await expect.poll(() => textOf(editorText(a.page))).toBe(final);
    await expectAccessible(a.page);
    await a.context.close();
    await b.context.close();
  });
}

/**
 * Presses `key` until the block reads `text`, at most four times: a pause in someone's typing
 * (half a second) ends an undo step, so a person presses undo again until their words are gone.
 * Other people's words must stay at every step.
 */
async function pressUntil(page: Page, key: string, block: Locator, text: string) {
  for (let press = 0; press < 4; press++) {
    await page.keyboard.press(key);
    await expect(block).toContainText("Helen adds that.");
    if ((await textOf(block)) === text) return;
    await expect(block)
      .toHaveText(text, { timeout: 2_000 })
      .catch(() => {});
    if ((await textOf(block)) === text) return;
  }
  await expect(block).toHaveText(text);
}

test("undo takes back only your own words when someone else typed in the same paragraph", async ({
  browser,
}) => {
  test.slow();
  const a = await person(browser, "editor@example.org");
  const b = await person(browser, "admin@example.org");
  const url = await newSection(a.page, `Undo together ${Date.now()}`);
  await waitUntilSaved(a.page);
  await editorText(a.page).click();
  await a.page.keyboard.type("Shared paragraph.");
  await waitUntilSaved(a.page);
  await b.page.goto(url);
  await waitUntilSaved(b.page);
  const paragraph = (page: Page) => editorText(page).locator("p", { hasText: "Shared paragraph." });

  await a.page.waitForTimeout(600); // a pause ends A's first undo step, as it does for a person
  await a.page.keyboard.type(" Amira adds this.", { delay: 30 });
  await waitUntilSaved(a.page);
  await expect(paragraph(b.page)).toHaveText("Shared paragraph. Amira adds this.");
  await paragraph(b.page).click();
  await b.page.keyboard.press("End");
  await b.page.keyboard.type(" Helen adds that.", { delay: 30 });
  await waitUntilSaved(b.page);
  await expect(paragraph(a.page)).toHaveText("Shared paragraph. Amira adds this. Helen adds that.");

  await pressUntil(a.page, "Control+z", paragraph(a.page), "Shared paragraph. Helen adds that.");
  await expect(paragraph(b.page)).toHaveText("Shared paragraph. Helen adds that.");
  // Redo brings A's words back where they were; undo takes them away again.
  const both = "Shared paragraph. Amira adds this. Helen adds that.";
  await pressUntil(a.page, "Control+Shift+z", paragraph(a.page), both);
  await expect(paragraph(b.page)).toHaveText(both);
  await pressUntil(a.page, "Control+z", paragraph(a.page), "Shared paragraph. Helen adds that.");
  await expect(paragraph(b.page)).toHaveText("Shared paragraph. Helen adds that.");
  await waitUntilSaved(a.page);
  await a.page.reload();
  await expect(paragraph(a.page)).toHaveText("Shared paragraph. Helen adds that.");
  await a.context.close();
  await b.context.close();
});
