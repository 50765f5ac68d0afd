// Input rules for the Change Academy procedures, with messages for the person filling in forms.
import { z } from "zod";
import { ACTIVITY_KINDS, NOTE_COLOURS, OUTPUT_KINDS, OUTPUT_STATUSES } from "@coproduce/db";
import { SESSION_TEMPLATE_KEYS } from "./agenda.js";
import { parseUkDateTime } from "@coproduce/shared/uk-time";
import { wholeNumberInput } from "../../number-inputs.js";
import { singleLineText } from "../../text-inputs.js";

export const idInput = z.string().min(1).max(100);

const dateTimeInput = (what: string) =>
  z
    .string({ error: `Enter the ${what}.` })
    .min(1, `Enter the ${what}.`)
    .max(40)
    .transform((value, context) => {
      // Times without a zone are UK time (see @coproduce/shared/uk-time).
      const parsed = parseUkDateTime(value);
      if (!parsed.ok) {
        context.addIssue({
          code: "custom",
          message:
            parsed.reason === "skipped"
              ? `The ${what} falls in the hour the clocks go forward, so it does not exist in UK time. Choose another time.`
              : `Enter the ${what} as a date and time.`,
        });
        return z.NEVER;
      }
      return parsed.date;
    });

const text = (max: number, message: string) => z.string().trim().max(max, message);

/** The details a facilitator sets when planning a session and may change until it ends. */
const sessionDetailsFields = {
  title: singleLineText(
    z
      .string({ error: "Enter a title." })
      .trim()
      .min(1, "Enter a title.")
      .max(120, "Use at most 120 characters for the title."),
  ),
  purpose: text(1000, "Use at most 1,000 characters for the purpose."),
  startsAt: dateTimeInput("start date and time"),
  endsAt: dateTimeInput("end date and time"),
  place: text(200, "Use at most 200 characters for the place."),
  onlineLink: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === "" || /^https:\/\//.test(v), "Online links start with https://.")
    .transform((v) => v || null),
  facilitators: text(500, "Use at most 500 characters for the facilitators."),
  invited: text(1000, "Use at most 1,000 characters for who is invited."),
  capacity: wholeNumberInput(
    z
      .number({ error: "Write the capacity as a whole number." })
      .int("Write the capacity as a whole number.")
      .min(1, "The capacity must be at least 1.")
      .max(1000, "The capacity can be at most 1,000.")
      .nullable(),
  ),
};

const endsAfterStart = (v: { startsAt: Date; endsAt: Date }) => v.endsAt > v.startsAt;
const endsAfterStartError = { message: "The session must end after it starts.", path: ["endsAt"] };

export const sessionPlanInput = z
  .object({
    ...sessionDetailsFields,
    anonymousNotes: z.boolean(),
    template: z.enum(SESSION_TEMPLATE_KEYS, { error: "Choose a template from the list." }),
  })
  .refine(endsAfterStart, endsAfterStartError);

export const sessionDetailsInput = z
  .object({ sessionId: idInput, ...sessionDetailsFields })
  .refine(endsAfterStart, endsAfterStartError);

export const activityInput = z.object({
  kind: z.enum(ACTIVITY_KINDS, { error: "Choose a kind of activity." }),
  title: z
    .string({ error: "Enter a title for the activity." })
    .trim()
    .min(1, "Enter a title for the activity.")
    .max(120, "Use at most 120 characters for the title."),
  durationMinutes: wholeNumberInput(
    z
      .number({ error: "Write the duration in whole minutes." })
      .int("Write the duration in whole minutes.")
      .min(1, "An activity lasts at least 1 minute.")
      .max(480, "An activity can last at most 480 minutes."),
  ),
  goals: text(1000, "Use at most 1,000 characters for the goals."),
  materials: text(1000, "Use at most 1,000 characters for the materials."),
  instructions: text(2000, "Use at most 2,000 characters for the instructions."),
});

export const noteInput = z.object({
  text: z
    .string({ error: "Write something on the note." })
    .trim()
    .min(1, "Write something on the note.")
    .max(280, "Use at most 280 characters on a note."),
  colour: z.enum(NOTE_COLOURS, { error: "Choose a colour." }),
});

export const clusterTitleInput = singleLineText(
  z
    .string({ error: "Give the group a title." })
    .trim()
    .min(1, "Give the group a title.")
    .max(120, "Use at most 120 characters for the title."),
);

export const voteRoundInput = z.object({
  budget: wholeNumberInput(
    z
      .number({ error: "Write the number of votes as a whole number." })
      .int("Write the number of votes as a whole number.")
      .min(1, "Give everyone at least 1 vote.")
      .max(20, "Give everyone at most 20 votes."),
  ),
  onePerNote: z.boolean(),
  anonymous: z.boolean(),
  durationMinutes: wholeNumberInput(
    z
      .number({ error: "Write the duration in whole minutes." })
      .int("Write the duration in whole minutes.")
      .min(1, "A round lasts at least 1 minute.")
      .max(120, "A round can last at most 120 minutes.")
      .nullable(),
  ),
});

export const outputInput = z.object({
  kind: z.enum(OUTPUT_KINDS, { error: "Choose idea, action or decision." }),
  title: z
    .string({ error: "Enter a title." })
    .trim()
    .min(1, "Enter a title.")
    .max(200, "Use at most 200 characters for the title."),
  noteId: idInput.nullable(),
  clusterId: idInput.nullable(),
  ownerName: z.string().trim().max(100, "Use at most 100 characters for the owner.").nullable(),
  dueDate: z
    .string()
    .max(40)
    .nullable()
    .transform((value, context) => {
      if (!value) return null;
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) {
        context.addIssue({ code: "custom", message: "Enter the due date as a date." });
        return z.NEVER;
      }
      return date;
    }),
  sectionId: idInput.nullable(),
  partnershipId: idInput.nullable(),
});

export const outputStatusInput = z.enum(OUTPUT_STATUSES, { error: "Choose open or done." });

export const evaluationInput = z.object({
  rating: wholeNumberInput(
    z
      .number({ error: "Choose a rating from 1 to 5." })
      .int("Choose a rating from 1 to 5.")
      .min(1, "Choose a rating from 1 to 5.")
      .max(5, "Choose a rating from 1 to 5."),
  ),
  comment: text(1000, "Use at most 1,000 characters."),
});

export const guestJoinInput = z.object({
  code: z.string().trim().min(1, "Enter the code.").max(20, "That code is too long."),
  displayName: z
    .string({ error: "Enter the name to show." })
    .trim()
    .min(1, "Enter the name to show.")
    .max(60, "Use at most 60 characters for your name."),
  stakeholderGroupKey: z.string().max(50).nullable(),
  consent: z.literal(true, { error: "Please agree before you join." }),
});
