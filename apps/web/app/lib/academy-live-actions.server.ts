// The live session's forms post an intent; this maps each one to the procedure that does it,
// for members (academy.*) and guests (academyGuest.*) alike. Facilitator intents exist only
// for members, and the server checks the role again. Numbers go to the API as typed: it reads
// them in one strict format (number-inputs.ts), which Number() here would not.
import { TRPCError } from "@trpc/server";
import { field } from "./form";
import { attempt } from "./trpc-errors.server";

type NoteColour = "yellow" | "pink" | "blue" | "green";
type OutputKind = "idea" | "action" | "decision";

export interface ParticipantApi {
  addNote(note: { text: string; colour: NoteColour }): Promise<unknown>;
  moveNote(noteId: string, clusterId: string | null): Promise<unknown>;
  createCluster(title: string): Promise<unknown>;
  vote(noteId: string): Promise<unknown>;
  withdrawVote(noteId: string): Promise<unknown>;
  evaluate(evaluation: { rating: string; comment: string }): Promise<unknown>;
}

export interface FacilitatorApi {
  goTo(index: string): Promise<unknown>;
  back(): Promise<unknown>;
  setTimer(minutes: string | null): Promise<unknown>;
  boardSettings(settings: { locked: boolean; anonymousNotes: boolean }): Promise<unknown>;
  startVoteRound(rules: {
    budget: string;
    onePerNote: boolean;
    anonymous: boolean;
    durationMinutes: string | null;
  }): Promise<unknown>;
  revealVotes(): Promise<unknown>;
  end(): Promise<unknown>;
  createOutput(output: {
    kind: OutputKind;
    title: string;
    noteId: string | null;
    clusterId: string | null;
    ownerName: string | null;
    dueDate: string | null;
    sectionId: string | null;
    partnershipId: string | null;
  }): Promise<unknown>;
}

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

export async function runLiveIntent(
  form: FormData,
  participant: ParticipantApi,
  facilitator: FacilitatorApi | null,
) {
  const intent = field(form, "intent");
  const noteId = field(form, "noteId");
  const result = await attempt(async () => {
    switch (intent) {
      case "add-note":
        return participant.addNote({
          text: field(form, "text"),
          colour: (field(form, "colour") || "yellow") as NoteColour,
        });
      case "move-note":
        return participant.moveNote(noteId, optional(field(form, "clusterId")));
      case "create-cluster":
        return participant.createCluster(field(form, "title"));
      case "vote":
        return participant.vote(noteId);
      case "withdraw-vote":
        return participant.withdrawVote(noteId);
      case "evaluate":
        return participant.evaluate({
          rating: field(form, "rating"),
          comment: field(form, "comment"),
        });
    }
    if (!facilitator)
      throw new TRPCError({ code: "FORBIDDEN", message: "Only facilitators can do that." });
    switch (intent) {
      case "go-to":
        return facilitator.goTo(field(form, "index"));
      case "back":
        return facilitator.back();
      case "start-timer":
        return facilitator.setTimer(field(form, "minutes"));
      case "stop-timer":
        return facilitator.setTimer(null);
      case "board-settings":
        return facilitator.boardSettings({
          locked: form.get("locked") === "on",
          anonymousNotes: form.get("anonymousNotes") === "on",
        });
      case "start-vote":
        return facilitator.startVoteRound({
          budget: field(form, "budget"),
          onePerNote: form.get("onePerNote") === "on",
          anonymous: form.get("anonymous") === "on",
          durationMinutes: optional(field(form, "durationMinutes")),
        });
      case "reveal-votes":
        return facilitator.revealVotes();
      case "end":
        return facilitator.end();
      case "create-output":
        return facilitator.createOutput({
          kind: field(form, "kind") as OutputKind,
          title: field(form, "title"),
          noteId: optional(noteId),
          clusterId: optional(field(form, "clusterId")),
          ownerName: optional(field(form, "ownerName")),
          dueDate: optional(field(form, "dueDate")),
          sectionId: optional(field(form, "sectionId")),
          partnershipId: optional(field(form, "partnershipId")),
        });
    }
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "That is not something this page can do.",
    });
  });
  if (!result.ok) return result.response;
  return { done: DONE[intent] ?? "Done.", intent };
}
