import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { CommentBody } from "./CommentBody";

describe("CommentBody", () => {
  it("shows markup in a comment as text, never as HTML", () => {
    const body = "<img src=x onerror=alert(1)> and <script>alert(1)</script>";
    const html = renderToStaticMarkup(<CommentBody body={body} />);
    expect(html).toBe(
      '<p class="comment-body">&lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
  });
});
