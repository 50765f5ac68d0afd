// The ideas board of a live session: the note form, the groups with their sticky notes (drag a
// note onto a group, or use its menu), dot-voting status and the new-group form. Once the live
// board has synced, notes, moves and groups go straight into the shared document; until then
// (or with no JavaScript) they are form posts.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Form, useNavigation } from "react-router";
import type { LiveState } from "@coproduce/api";
import { clusterTitleProblem, noteTextProblem } from "@coproduce/shared/board";
import { NOTE_COLOURS } from "@coproduce/shared/vocabulary";
import { OutputForm, type OutputTargets } from "./OutputForm";
import { StickyNote } from "./StickyNote";
import type { SessionBoard } from "./useSessionBoard";

const COLOUR_LABELS: Record<string, string> = {
  yellow: "Yellow",
  pink: "Pink",
  blue: "Blue",
  green: "Green",
};

interface IdeasBoardProps {
  state: LiveState;
  board: SessionBoard;
  /** Whether the live board has synced (and not been stopped). */
  live: boolean;
  busy: boolean;
  /** For facilitators: where outputs can link to; null for everyone else. */
  outputTargets: OutputTargets | null;
  canWrite: boolean;
  /** The intent the page's last form post did, to clear the note form after "add-note". */
  lastIntent: string | undefined;
  /** Shows (or clears, with undefined) a problem with what was typed. */
  onProblem(problem: string | undefined): void;
}

export function IdeasBoard({
  state,
  board,
  live,
  busy,
  outputTargets,
  canWrite,
  lastIntent,
  onProblem,
}: IdeasBoardProps) {
  const navigation = useNavigation();
  const [dragOver, setDragOver] = useState<string | null>(null);
  const noteForm = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (lastIntent === "add-note" && navigation.state === "idle") noteForm.current?.reset();
  }, [lastIntent, navigation.state]);

  const facilitator = outputTargets !== null;
  const round = state.round;
  // Votes come from the server's state; the notes themselves from the live board once synced.
  const votesOn = new Map(state.notes.map((n) => [n.id, n]));
  const notes =
    board.view && live
      ? board.view.notes.map((n) => ({
          id: n.id,
          text: n.text,
          colour: n.colour,
          clusterId: n.clusterId,
          author: state.anonymousNotes || !n.authorName ? null : n.authorName,
          mine: n.authorTag === state.me.authorTag,
          votes: round?.revealed ? (votesOn.get(n.id)?.votes ?? 0) : null,
          myVotes: votesOn.get(n.id)?.myVotes ?? 0,
        }))
      : state.notes;
  const clusters = board.view && live ? board.view.clusters : state.clusters;
  const clusterIds = new Set(clusters.map((c) => c.id));
  const groups = [
    ...clusters.map((c) => ({
      id: c.id,
      title: c.title,
      notes: notes.filter((n) => n.clusterId === c.id),
    })),
    {
      id: "",
      title: "Not grouped",
      notes: notes.filter((n) => !n.clusterId || !clusterIds.has(n.clusterId)),
    },
  ];
  const dragAndDrop = live && canWrite;

  function addNoteLive(event: FormEvent<HTMLFormElement>) {
    if (!live) return;
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get("text") ?? "");
    const problem = noteTextProblem(text);
    onProblem(problem ?? undefined);
    if (problem) return;
    const colour = NOTE_COLOURS.find((c) => c === form.get("colour")) ?? "yellow";
    board.addNote(text, colour);
    event.currentTarget.reset();
  }

  function createClusterLive(event: FormEvent<HTMLFormElement>) {
    if (!live) return;
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get("title") ?? "");
    const problem = clusterTitleProblem(title);
    onProblem(problem ?? undefined);
    if (problem) return;
    board.createCluster(title);
    event.currentTarget.reset();
  }

  return (
    <section aria-labelledby="board-heading">
      <h2 id="board-heading">Ideas board</h2>
      {!state.endedAt && (
        <p className="meta" data-testid="board-status">
          {live
            ? "Live: notes and groups appear for everyone at once."
            : "Connecting to the live board…"}
        </p>
      )}
      {round && (
        <p className="notice vote-status" data-testid="vote-status">
          {round.open
            ? `Voting is open: you have ${round.votesLeft} of ${round.budget} votes left${round.onePerNote ? ", one per note" : ""}.`
            : round.revealed
              ? "Voting has closed. Results are shown on the notes."
              : "Voting has closed. The facilitator will show the results."}
        </p>
      )}
      {canWrite && (
        <Form method="post" ref={noteForm} className="note-form" noValidate onSubmit={addNoteLive}>
          <input type="hidden" name="intent" value="add-note" />
          <div className="field">
            <label htmlFor="note-text">Your note</label>
            <textarea id="note-text" name="text" rows={2} maxLength={280} required />
          </div>
          <fieldset className="colour-choice">
            <legend>Colour</legend>
            {NOTE_COLOURS.map((colour, i) => (
              <span key={colour} className="radio">
                <input
                  type="radio"
                  id={`colour-${colour}`}
                  name="colour"
                  value={colour}
                  defaultChecked={i === 0}
                />
                <label htmlFor={`colour-${colour}`}>{COLOUR_LABELS[colour]}</label>
              </span>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={busy}>
            Add note
          </button>
        </Form>
      )}
      {groups
        .filter((g) => g.id || g.notes.length > 0)
        .map((group) => (
          <section
            key={group.id || "ungrouped"}
            className={`board-group${dragOver === group.id ? " drag-over" : ""}`}
            aria-label={group.title}
            onDragOver={(event) => {
              if (!dragAndDrop) return;
              event.preventDefault();
              setDragOver(group.id);
            }}
            onDragLeave={() => setDragOver(null)}
            onDrop={(event) => {
              if (!dragAndDrop) return;
              event.preventDefault();
              setDragOver(null);
              const noteId = event.dataTransfer.getData("text/plain");
              if (noteId) board.moveNote(noteId, group.id || null);
            }}
          >
            <h3>{group.title}</h3>
            {group.notes.length === 0 && <p className="meta">No notes in this group yet.</p>}
            <ul className="note-list">
              {group.notes.map((note) => (
                <StickyNote
                  key={note.id}
                  note={note}
                  clusters={clusters}
                  round={round}
                  canWrite={canWrite}
                  dragAndDrop={dragAndDrop}
                  busy={busy}
                  outputTargets={facilitator ? outputTargets : null}
                  onMove={live ? board.moveNote : null}
                />
              ))}
            </ul>
            {facilitator && group.id && (
              <OutputForm
                source={{ clusterId: group.id }}
                title={group.title}
                targets={outputTargets}
                busy={busy}
              />
            )}
          </section>
        ))}
      {canWrite && (
        <Form method="post" className="inline-form" noValidate onSubmit={createClusterLive}>
          <input type="hidden" name="intent" value="create-cluster" />
          <div className="field">
            <label htmlFor="cluster-title">New group title</label>
            <input id="cluster-title" name="title" maxLength={120} />
          </div>
          <button type="submit" className="button button-secondary" disabled={busy}>
            Add group
          </button>
        </Form>
      )}
    </section>
  );
}
