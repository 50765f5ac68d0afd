// The @ picker with the keyboard only: it is an ARIA combobox whose list of people is a
// listbox; Down and Up move (and wrap), Escape closes the list and keeps the text, Enter
// mentions the person highlighted, and focus never leaves the comment box. The mention is real:
// the person mentioned finds it on their programme home.
import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { editorText, newSection, person, waitUntilSaved } from "../support/editing";
import { DEMO_PROGRAMME } from "../support/people";

test.describe.configure({ timeout: 180_000 });

test("a comment mentions someone with the @ picker using only the keyboard", async ({
  browser,
}) => {
  const editor = await person(browser, "editor@example.org");
  const page = editor.page;
  const title = `Keyboard mention ${Date.now()}`;
  await newSection(page, title);
  await waitUntilSaved(page);
  await editorText(page).click();
  await page.keyboard.type("Words to talk about.");
  await waitUntilSaved(page);
  await page.keyboard.press("Shift+Home");

  const panel = page.getByRole("region", { name: "Comments" });
  const box = panel.getByRole("combobox", { name: "Your comment" });
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.focus();
  await page.keyboard.type("Could you check this, @");
  const list = panel.getByRole("listbox", { name: "People you can mention" });
  await expect(list).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const options = list.getByRole("option");
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  const count = await options.count();
  const selected = list.getByRole("option", { selected: true });
  const activeIs = async (index: number) => {
    await expect(options.nth(index)).toHaveAttribute("aria-selected", "true");
    await expect(selected).toHaveCount(1);
    await expect(box).toHaveAttribute(
      "aria-activedescendant",
      (await options.nth(index).getAttribute("id"))!,
    );
  };
  await activeIs(0);
  await page.keyboard.press("ArrowDown");
  await activeIs(1);
  await page.keyboard.press("ArrowUp");
  await activeIs(0);
  await page.keyboard.press("ArrowUp"); // wraps to the last person
  await activeIs(count - 1);
  await expectAccessible(page);

  // Escape closes the list and leaves the text as typed; focus stays in the box.
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(box).toHaveValue("Could you check this, @");
  await expect(box).toBeFocused();

  // Typing more opens it again; Down then Enter mentions the highlighted person.
  await page.keyboard.type("Tom");
  await expect(list.getByRole("option", { name: "Tom Okafor" })).toBeVisible();
  await activeIs(0);
  await page.keyboard.press("Enter");
  await expect(box).toHaveValue("Could you check this, @Tom Okafor ");
  await expect(list).toBeHidden();
  await expect(box).toBeFocused();
  await page.keyboard.type("please?");
  await expect(box).toHaveValue("Could you check this, @Tom Okafor please?");

  // Tab to the button and press Enter to send.
  const send = panel.getByRole("button", { name: "Add comment" });
  for (let i = 0; i < 5 && !(await send.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(send).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(panel.locator("article.comment-thread", { hasText: "please?" })).toBeVisible();

  // Tom Okafor (the facilitator) was really mentioned.
  const tom = await person(browser, "facilitator@example.org");
  await tom.page.goto(`/p/${DEMO_PROGRAMME}`);
  await expect(
    tom.page
      .getByRole("region", { name: /Mentions and replies/ })
      .getByRole("link", { name: `Dr Helen Price mentioned you in a comment on “${title}”` }),
  ).toBeVisible();
  await editor.context.close();
  await tom.context.close();
});
