// Input rules for comments, with messages for the person writing one. Comment bodies are plain
// text: they are stored as typed (minus invisible control characters) and always shown as text,
// never as HTML, so markup in a comment is just characters.
import { z } from "zod";
import { cleanMultiLineText } from "../text/control-characters.js";

export const COMMENT_MAX_LENGTH = 2000;
export const QUOTE_MAX_LENGTH = 1000;

export const commentBodyInput = z
  .string({ error: "Write your comment." })
  // Every input is cleaned already (text-inputs.ts); this keeps the rule with the field.
  .transform((body) => cleanMultiLineText(body).trim())
  .pipe(
    z
      .string()
      .min(1, "Write your comment.")
      .max(
        COMMENT_MAX_LENGTH,
        `Use at most ${COMMENT_MAX_LENGTH.toLocaleString("en-GB")} characters for a comment.`,
      ),
  );

export const quoteInput = z
  .string({ error: "Select some words in the section to comment on." })
  .max(
    QUOTE_MAX_LENGTH,
    `Select fewer words to comment on (at most ${QUOTE_MAX_LENGTH.toLocaleString("en-GB")} characters).`,
  )
  .refine((quote) => quote.trim() !== "", "Select some words in the section to comment on.");

export const prefixInput = z.string().max(200).default("");

/** People mentioned with the @ picker: user ids, checked against the programme's members. */
export const mentionsInput = z
  .array(z.string().min(1).max(100))
  .max(20, "Mention at most 20 people in one comment.")
  .default([]);

export const threadIdInput = z.string().min(1).max(100);
