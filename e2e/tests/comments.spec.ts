import { expect, test, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { editorText, newSection, person, waitUntilSaved } from "../support/editing";
import { DEMO_PROGRAMME } from "../support/people";

const sentence = "People should tell their story only once.";

// Several people, pages and accessibility checks per test, on a shared, busy machine.
test.describe.configure({ timeout: 180_000 });

const commentsPanel = (page: Page) => page.getByRole("region", { name: "Comments" });
const markOf = (page: Page, threadId: string) =>
  page.locator(`.editor-content mark[data-thread-ids~="${threadId}"]`);

/** An editor makes a fresh section with a sentence to comment on, and returns its address. */
async function sectionWithText(page: Page, title: string) {
  await newSection(page, title);
  await waitUntilSaved(page);
  await editorText(page).click();
  await page.keyboard.type(`Intro words. ${sentence} Closing words.`);
  await waitUntilSaved(page);
  return page.url();
}

/** Selects `text` in the section text, as a person dragging over it would. */
async function selectText(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector(".editor-content");
    if (!root) throw new Error("no section text");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index >= 0) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + wanted.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`"${wanted}" is not in the section text`);
  }, text);
}

async function threadIdOf(panel: ReturnType<typeof commentsPanel>, text: string) {
  const thread = panel.locator("article.comment-thread", { hasText: text });
  await expect(thread).toBeVisible();
  return (await thread.getAttribute("id"))!.replace(/^thread-/, "");
}

test("a comment with a mention is answered and resolved while its words are edited around", async ({
  browser,
}) => {
  const a = await person(browser, "editor@example.org");
  const b = await person(browser, "facilitator@example.org");
  const title = `Telling your story ${Date.now()}`;
  const url = await sectionWithText(a.page, title);

  // A selects the sentence, comments on it and mentions B with the @ picker.
  await selectText(a.page, sentence);
  const panelA = commentsPanel(a.page);
  await expect(panelA.getByText("Commenting on:")).toContainText(sentence);
  const box = panelA.getByLabel("Your comment");
  await box.fill("Is this what people told us, @Tom");
  await panelA.getByRole("option", { name: "Tom Okafor" }).click();
  await expect(box).toHaveValue("Is this what people told us, @Tom Okafor ");
  await box.pressSequentially("please check.");
  await panelA.getByRole("button", { name: "Add comment" }).click();
  const threadId = await threadIdOf(panelA, "please check.");
  await expect(markOf(a.page, threadId)).toHaveText(sentence);
  await expect(markOf(a.page, threadId)).toHaveClass(/comment-mark-open/);
  await expectAccessible(a.page);
  // After a reload, clicking the highlighted words opens their thread.
  await a.page.reload();
  await expect(markOf(a.page, threadId)).toHaveText(sentence);
  await markOf(a.page, threadId).click();
  await expect(panelA.locator(`#thread-${threadId}`)).toHaveClass(/comment-thread-active/);
  await expect(markOf(a.page, threadId)).toHaveClass(/comment-mark-active/);

  // B sees the mention in the header, opens the notifications page and follows the link.
  await b.page.goto(`/p/${DEMO_PROGRAMME}`);
  const notificationsLink = b.page.getByRole("link", { name: /Notifications \d+ unread/ });
  await expect(notificationsLink).toBeVisible();
  await notificationsLink.click();
  await expect(b.page.getByRole("heading", { name: "Notifications" })).toBeVisible();
  await expectAccessible(b.page);
  await b.page
    .getByRole("button", { name: `Dr Helen Price mentioned you in a comment on “${title}”` })
    .click();
  await b.page.waitForURL(`${url}#thread-${threadId}`);
  const panelB = commentsPanel(b.page);
  const threadB = panelB.locator(`#thread-${threadId}`);
  await expect(threadB).toContainText("please check.");
  await expect(markOf(b.page, threadId)).toHaveText(sentence);

  // Meanwhile A types before and after the commented sentence.
  await editorText(a.page).click();
  await a.page.keyboard.press("Control+Home");
  await a.page.keyboard.type("Typed before. ");
  await a.page.keyboard.press("Control+End");
  await a.page.keyboard.type(" Typed after.");
  await waitUntilSaved(a.page);

  // B replies and resolves.
  await threadB.getByLabel("Reply").fill("Yes: it is in the survey results.");
  await threadB.getByRole("button", { name: "Send reply" }).click();
  await expect(threadB).toContainText("Yes: it is in the survey results.");
  await threadB.getByRole("button", { name: "Resolve" }).click();
  await expect(panelB.getByText("No open comments on this section.")).toBeVisible();
  await panelB.getByLabel(/Show resolved/).check();
  await expect(threadB).toContainText("Resolved by Tom Okafor");
  await expect(threadB.getByRole("button", { name: "Reopen" })).toBeVisible();

  // The mark stayed on exactly its words, for both people; resolved words are not highlighted.
  const full = `Typed before. Intro words. ${sentence} Closing words. Typed after.`;
  for (const page of [a.page, b.page]) {
    await expect(editorText(page)).toHaveText(full);
    await expect(markOf(page, threadId)).toHaveText(sentence);
  }
  await expect(markOf(b.page, threadId)).not.toHaveClass(/comment-mark-open/);
  await expectAccessible(b.page);

  await a.context.close();
  await b.context.close();
});

test("a contributor, who may only suggest changes, comments on words", async ({ browser }) => {
  const editor = await person(browser, "editor@example.org");
  const url = await sectionWithText(editor.page, `Carers' view ${Date.now()}`);
  const contributor = await person(browser, "contributor@example.org");
  await contributor.page.goto(url);
  // Their editor is in Suggesting mode (suggestions.spec.ts): what they type is a suggestion.
  await expect(contributor.page.getByText("Suggesting.", { exact: false })).toBeVisible();
  await expect(editorText(contributor.page)).toContainText(sentence);

  await selectText(contributor.page, sentence);
  const panel = commentsPanel(contributor.page);
  await panel.getByLabel("Your comment").fill("My mum had to repeat it <b>five</b> times.");
  await panel.getByRole("button", { name: "Add comment" }).click();
  const threadId = await threadIdOf(panel, "five");
  // Markup in a comment is shown as the characters typed.
  await expect(panel.locator(`#thread-${threadId} .comment-body`)).toHaveText(
    "My mum had to repeat it <b>five</b> times.",
  );
  await expect(markOf(contributor.page, threadId)).toHaveText(sentence);
  // The editor sees the new highlight and thread without reloading, and the text is unchanged.
  await expect(markOf(editor.page, threadId)).toHaveText(sentence);
  await expect(commentsPanel(editor.page).locator(`#thread-${threadId}`)).toContainText(
    "My mum had to repeat it",
  );
  await expect(editorText(editor.page)).toHaveText(`Intro words. ${sentence} Closing words.`);
  await expectAccessible(contributor.page);

  await editor.context.close();
  await contributor.context.close();
});
