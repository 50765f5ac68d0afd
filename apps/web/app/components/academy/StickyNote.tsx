// One sticky note on the ideas board: its text, author and votes, and what can be done with it
// (vote, take a vote back, move it into a group, and for facilitators make an output). On a
// phone those actions fold into one menu per note, so a board of notes stays short to scroll
// (Miro's and Padlet's phone boards do the same); the full page renders them open, and folds
// them only once the script knows the screen is narrow, so forms still work without it.
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { Form } from "react-router";
import type { LiveState } from "@coproduce/api";
import { ActionButton } from "../ActionButton";
import { OutputForm, type OutputTargets } from "./OutputForm";
import { countOf } from "@coproduce/shared/count-of";

export type BoardNoteView = LiveState["notes"][number];

/** Phones: the width below which note actions fold into a menu (as the stylesheet's 40rem). */
const NARROW = "(max-width: 40rem)";

/** Whether the screen is narrow; false on the server and until the script has run. */
function useNarrowScreen() {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return narrow;
}

interface StickyNoteProps {
  note: BoardNoteView;
  /** Takes any clusters, so that both the live board's and the server's last answer serve. */
  clusters: { id: string; title: string }[];
  round: LiveState["round"];
  canWrite: boolean;
  dragAndDrop: boolean;
  busy: boolean;
  /** For facilitators: where outputs can link to; null for everyone else. */
  outputTargets: OutputTargets | null;
  /** Moves the note on the live board; null posts the form instead. */
  onMove: ((noteId: string, clusterId: string | null) => void) | null;
}

export function StickyNote({
  note,
  clusters,
  round,
  canWrite,
  dragAndDrop,
  busy,
  outputTargets,
  onMove,
}: StickyNoteProps) {
  const narrow = useNarrowScreen();

  function moveLive(event: FormEvent<HTMLFormElement>) {
    if (!onMove) return;
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onMove(String(form.get("noteId")), String(form.get("clusterId") ?? "") || null);
  }

  const canVote = Boolean(round?.open);
  const canMove = canWrite && clusters.length > 0;
  const actions: ReactNode = (
    <>
      <div className="note-actions">
        {round?.open && (
          <>
            <ActionButton
              fields={{ intent: "vote", noteId: note.id }}
              label={`Vote for: ${note.text}`}
              className="button button-secondary"
              disabled={busy || round.votesLeft === 0}
            >
              Vote
            </ActionButton>
            {note.myVotes > 0 && (
              <ActionButton
                fields={{ intent: "withdraw-vote", noteId: note.id }}
                label={`Take back a vote for: ${note.text}`}
                className="link-button"
                disabled={busy}
              >
                Take back
              </ActionButton>
            )}
          </>
        )}
        {canWrite && clusters.length > 0 && (
          <Form method="post" className="inline-form move-note" onSubmit={moveLive}>
            <input type="hidden" name="intent" value="move-note" />
            <input type="hidden" name="noteId" value={note.id} />
            <label htmlFor={`group-${note.id}`} className="visually-hidden">
              Group for: {note.text}
            </label>
            <select
              // A new key when someone else moves it, so the choice shows that.
              key={note.clusterId ?? ""}
              id={`group-${note.id}`}
              name="clusterId"
              defaultValue={note.clusterId ?? ""}
            >
              <option value="">Not grouped</option>
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="button button-secondary"
              disabled={busy}
              aria-label={`Move: ${note.text}`}
            >
              Move
            </button>
          </Form>
        )}
      </div>
      {outputTargets && (
        <OutputForm
          source={{ noteId: note.id }}
          title={note.text}
          targets={outputTargets}
          busy={busy}
        />
      )}
    </>
  );
  const hasActions = canVote || canMove || outputTargets !== null;

  return (
    <li
      className={`sticky-note note-${note.colour}`}
      draggable={dragAndDrop}
      onDragStart={(event) => {
        event.dataTransfer.setData("text/plain", note.id);
        event.dataTransfer.effectAllowed = "move";
      }}
    >
      <p className="note-text">{note.text}</p>
      <p className="meta">
        {note.author ? `By ${note.author}` : "Anonymous"}
        {note.votes !== null && (
          <strong className="note-votes"> {countOf(note.votes, "vote", "votes")}</strong>
        )}
        {note.myVotes > 0 && ` (your votes: ${note.myVotes})`}
      </p>
      {hasActions &&
        (narrow ? (
          <details className="note-menu">
            <summary>
              {canVote ? "Vote or move" : "Move or more"}
              <span className="visually-hidden">: {note.text}</span>
            </summary>
            {actions}
          </details>
        ) : (
          actions
        ))}
    </li>
  );
}
