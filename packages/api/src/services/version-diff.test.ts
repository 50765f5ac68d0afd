import { describe, expect, it } from "vitest";
import { createYDocFromPlainText, renderYDoc } from "@coproduce/editor/headless";
import { blocksOf, diffSections } from "./version-diff.js";

const render = (...paragraphs: string[]) => renderYDoc(createYDocFromPlainText(paragraphs)).json;

describe("diffSections", () => {
  it("keeps headings as headings and marks nothing when nothing changed", () => {
    const state = render("## Aims", "People tell their story once.");
    const diff = diffSections(state, state);
    expect(diff.html).toBe(
      '<h2 class="diff-same">Aims</h2><p class="diff-same">People tell their story once.</p>',
    );
    expect(diff).toMatchObject({ insertedWords: 0, deletedWords: 0 });
  });

  it("marks the words inserted and deleted inside a changed paragraph", () => {
    const diff = diffSections(
      render("## Aims", "People tell their story once."),
      render("## Aims", "People tell their whole story just once."),
    );
    expect(diff.html).toContain('<h2 class="diff-same">Aims</h2>');
    expect(diff.html).toContain('<ins><span class="visually-hidden">Inserted: </span>whole ');
    expect(diff.insertedWords).toBe(2);
    expect(diff.deletedWords).toBe(0);
  });

  it("marks deleted words and whole blocks added or removed", () => {
    const diff = diffSections(
      render("## Aims", "Keep this.", "Remove this paragraph."),
      render("## Aims", "Keep this.", "### New heading", "- a new bullet"),
    );
    expect(diff.html).toContain('<del><span class="visually-hidden">Deleted: </span>');
    expect(diff.html).toMatch(/<h3 class="diff-added"><ins>.*New heading<\/ins><\/h3>/);
    expect(diff.html).toMatch(/<ul><li class="diff-added"><ins>.*a new bullet<\/ins><\/li><\/ul>/);
    expect(diff.deletedWords).toBeGreaterThan(0);
  });

  it("escapes text, so pasted markup never becomes live HTML", () => {
    const diff = diffSections(
      render("Safe."),
      render("Safe. <img src=x onerror=alert(1)> <script>x</script>"),
    );
    expect(diff.html).not.toMatch(/<img|<script/);
    expect(diff.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("reads list items and headings as blocks", () => {
    expect(blocksOf(render("# Title", "- one\n- two"))).toEqual([
      { tag: "h2", text: "Title" },
      { tag: "li", text: "one" },
      { tag: "li", text: "two" },
    ]);
  });
});
