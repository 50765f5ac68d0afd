// The live session's forms post an intent; this maps each one to the procedure that does it.
// Members and guests post to the same procedures: `session` names the session the member's way
// (programme and id) or the guest's (the join code), and the server's session door checks who
// may do what (guests cannot run a session). Numbers go to the API as typed: it reads them in
// one strict format (number-inputs.ts), which Number() here would not.
import { TRPCError } from "@trpc/server";
import type { Caller, RouterInputs } from "@coproduce/api";
import { NOTE_COLOURS, OUTPUT_KINDS } from "@coproduce/shared/vocabulary";
import { choiceField, field } from "./form";
import { attempt } from "./trpc-errors.server";

export type SessionRef = RouterInputs["academy"]["live"]["session"];

const DONE: Record<string, string> = {
  "add-note": "Note added.",
  "create-cluster": "Group added.",
  "move-note": "Note moved.",
  vote: "Vote cast.",
  "withdraw-vote": "Vote taken back.",
  evaluate: "Thank you for your feedback.",
  "go-to": "Everyone is on this activity now.",
  back: "Back to the previous activity.",
  "start-timer": "Timer started.",
  "stop-timer": "Timer stopped.",
  "board-settings": "Board settings saved.",
  "start-vote": "Voting is open.",
  "reveal-votes": "Results are shown to everyone.",
  end: "The session has ended.",
  "create-output": "Output recorded.",
};

const optional = (value: string) => (value.trim() === "" ? null : value);

/** A note is yellow unless the person chose another colour from the list. */
function noteColour(form: FormData) {
  if (field(form, "colour") === "") return "yellow";
  return choiceField(form, "colour", NOTE_COLOURS, "Choose a colour.", ["note", "colour"]);
}

function run(
  form: FormData,
  intent: string,
  academy: Caller["academy"],
  session: SessionRef,
): Promise<unknown> {
  const noteId = field(form, "noteId");
  switch (intent) {
    case "add-note":
      return academy.addNote({
        session,
        note: { text: field(form, "text"), colour: noteColour(form) },
      });
    case "move-note":
      return academy.moveNote({ session, noteId, clusterId: optional(field(form, "clusterId")) });
    case "create-cluster":
      return academy.createCluster({ session, title: field(form, "title") });
    case "vote":
      return academy.vote({ session, noteId });
    case "withdraw-vote":
      return academy.withdrawVote({ session, noteId });
    case "evaluate":
      return academy.evaluate({
        session,
        evaluation: { rating: field(form, "rating"), comment: field(form, "comment") },
      });
    case "go-to":
      return academy.goTo({ session, index: field(form, "index") });
    case "back":
      return academy.back({ session });
    case "start-timer":
      return academy.setTimer({ session, minutes: field(form, "minutes") });
    case "stop-timer":
      return academy.setTimer({ session, minutes: null });
    case "board-settings":
      return academy.boardSettings({
        session,
        locked: form.get("locked") === "on",
        anonymousNotes: form.get("anonymousNotes") === "on",
      });
    case "start-vote":
      return academy.startVoteRound({
        session,
        rules: {
          budget: field(form, "budget"),
          onePerNote: form.get("onePerNote") === "on",
          anonymous: form.get("anonymous") === "on",
          durationMinutes: optional(field(form, "durationMinutes")),
        },
      });
    case "reveal-votes":
      return academy.revealVotes({ session });
    case "end":
      return academy.end({ session });
    case "create-output":
      return academy.createOutput({
        session,
        output: {
          kind: choiceField(form, "kind", OUTPUT_KINDS, "Choose idea, action or decision.", [
            "output",
            "kind",
          ]),
          title: field(form, "title"),
          noteId: optional(noteId),
          clusterId: optional(field(form, "clusterId")),
          ownerName: optional(field(form, "ownerName")),
          dueDate: optional(field(form, "dueDate")),
          sectionId: optional(field(form, "sectionId")),
          partnershipId: optional(field(form, "partnershipId")),
        },
      });
  }
  throw new TRPCError({ code: "BAD_REQUEST", message: "That is not something this page can do." });
}

export async function runLiveIntent(
  form: FormData,
  academy: Caller["academy"],
  session: SessionRef,
) {
  const intent = field(form, "intent");
  const result = await attempt(() => run(form, intent, academy, session));
  if (!result.ok) return result.response;
  return { done: DONE[intent] ?? "Done.", intent };
}
