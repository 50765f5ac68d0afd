// Shared input rules, with messages written for the person filling in the form.
import { z } from "zod";
import { ROLES } from "@coproduce/db";
import { singleLineText } from "./text-inputs.js";

export const emailInput = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter an email address like name@example.org." }))
  .transform((email) => email.toLowerCase());

export const newPasswordInput = z
  .string({ error: "Enter a password." })
  .min(10, "Use at least 10 characters for your password.")
  .max(200, "Use at most 200 characters for your password.");

export const nameInput = singleLineText(
  z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(100, "Use at most 100 characters for your name."),
);

export const roleInput = z.enum(ROLES, { error: "Choose a role from the list." });

export const tokenInput = z.string().min(10, "That link is not valid.").max(200);
