// The live session, as participants and facilitators see it (on a phone too): the activity
// everyone is on, the countdown, the ideas board with its groups, dot voting and outputs.
// Facilitators also get the controls. The ideas board is the session's shared Yjs document
// (useSessionBoard): once it has synced, notes, moves and groups go straight into it and reach
// everyone at once. Everything else, and the board too until it syncs, is a plain form post to
// the page's action, checked by the server.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Form, useNavigation, useRevalidator } from "react-router";
import type { LiveState } from "@coproduce/api";
import { clusterTitleProblem, noteTextProblem } from "@coproduce/api/board";
import { NOTE_COLOURS, OUTPUT_KINDS } from "@coproduce/db/vocabulary";
import { activityKindLabel, formatTime, outputKindLabel } from "../../lib/academy-format";
import { ActionButton } from "../ActionButton";
import { ErrorSummary } from "../ErrorSummary";
import { Countdown } from "./Countdown";
import { LIVE_REFRESH_MS, useLiveRefresh } from "./useLiveRefresh";
import { useSessionBoard } from "./useSessionBoard";

/** With the board connected, changes arrive as signals; polling is only a safety net. */
const CONNECTED_REFRESH_MS = 15_000;
/** Signals arriving within this time cause one reload. */
const SIGNAL_COALESCE_MS = 250;

export interface OutputTargets {
  sections: { id: string; title: string }[];
  partnerships: { id: string; name: string }[];
}

interface LiveSessionProps {
  state: LiveState;
  actionData: { done?: string; intent?: string; formError?: string } | undefined;
  /** Sections and partnerships outputs can link to; only for facilitators. */
  outputTargets: OutputTargets | null;
  /** Where the board's websocket goes: /collab for members, /join/<code>/collab for guests. */
  collabPath: string;
}

const COLOUR_LABELS: Record<string, string> = {
  yellow: "Yellow",
  pink: "Pink",
  blue: "Blue",
  green: "Green",
};

export function LiveSession({ state, actionData, outputTargets, collabPath }: LiveSessionProps) {
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const revalidator = useRevalidator();
  // Signals come in bursts (thirty people voting): reload once for each burst.
  const reloadPending = useRef(false);
  const reloadSoon = () => {
    if (reloadPending.current) return;
    reloadPending.current = true;
    setTimeout(() => {
      reloadPending.current = false;
      void revalidator.revalidate();
    }, SIGNAL_COALESCE_MS);
  };
  const board = useSessionBoard({
    sessionId: state.id,
    collabPath,
    enabled: !state.endedAt,
    me: { authorTag: state.me.authorTag, name: state.me.name },
    anonymousNotes: state.anonymousNotes,
    onLiveChange: reloadSoon,
  });
  const live = board.view !== null && !board.problem;
  const [boardError, setBoardError] = useState<string | undefined>();
  const [dragOver, setDragOver] = useState<string | null>(null);
  useLiveRefresh(!state.endedAt, live ? CONNECTED_REFRESH_MS : LIVE_REFRESH_MS);
  const noteForm = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (actionData?.intent === "add-note" && navigation.state === "idle") noteForm.current?.reset();
  }, [actionData, navigation.state]);

  const facilitator = state.me.facilitator && outputTargets !== null;
  const current = state.activities[state.currentActivityIndex];
  const canWrite = !state.endedAt && (!state.boardLocked || facilitator);
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
    setBoardError(problem ?? undefined);
    if (problem) return;
    const colour = NOTE_COLOURS.find((c) => c === form.get("colour")) ?? "yellow";
    board.addNote(text, colour);
    event.currentTarget.reset();
  }

  function moveNoteLive(event: FormEvent<HTMLFormElement>) {
    if (!live) return;
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    board.moveNote(String(form.get("noteId")), String(form.get("clusterId") ?? "") || null);
  }

  function createClusterLive(event: FormEvent<HTMLFormElement>) {
    if (!live) return;
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get("title") ?? "");
    const problem = clusterTitleProblem(title);
    setBoardError(problem ?? undefined);
    if (problem) return;
    board.createCluster(title);
    event.currentTarget.reset();
  }

  return (
    <div className="live-session">
      <h1>{state.title}</h1>
      <section className="card live-now" aria-labelledby="now-heading" aria-live="polite">
        <h2 id="now-heading">
          {state.endedAt
            ? "This session has ended"
            : current
              ? `Now: ${current.title}`
              : "Waiting for the facilitator to start"}
        </h2>
        {current && !state.endedAt && (
          <>
            <p className="meta">
              Activity {state.currentActivityIndex + 1} of {state.activities.length},{" "}
              {activityKindLabel(current.kind)}, {current.durationMinutes} min
            </p>
            {current.goals && <p>Goals: {current.goals}</p>}
            {current.instructions && <p>{current.instructions}</p>}
          </>
        )}
        <Countdown endsAt={state.timerEndsAt} />
        {state.boardLocked && !state.endedAt && <p className="notice">The board is locked.</p>}
      </section>

      {actionData?.done && (
        <p className="notice" role="status">
          {actionData.done}
        </p>
      )}
      <ErrorSummary message={boardError ?? actionData?.formError} />
      {board.problem && !state.endedAt && (
        <p className="notice" role="alert">
          The live board stopped: {board.problem} <a href="">Reload the page</a> to carry on.
        </p>
      )}

      {facilitator && !state.endedAt && <FacilitatorControls state={state} busy={busy} />}

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
          <Form
            method="post"
            ref={noteForm}
            className="note-form"
            noValidate
            onSubmit={addNoteLive}
          >
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
                  <li
                    key={note.id}
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
                        <strong className="note-votes">
                          {" "}
                          {note.votes} {note.votes === 1 ? "vote" : "votes"}
                        </strong>
                      )}
                      {note.myVotes > 0 && ` (your votes: ${note.myVotes})`}
                    </p>
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
                        <Form
                          method="post"
                          className="inline-form move-note"
                          onSubmit={moveNoteLive}
                        >
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
                    {facilitator && (
                      <OutputForm
                        source={{ noteId: note.id }}
                        title={note.text}
                        targets={outputTargets}
                        busy={busy}
                      />
                    )}
                  </li>
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

      {state.outputs.length > 0 && (
        <section aria-labelledby="outputs-heading">
          <h2 id="outputs-heading">Outputs</h2>
          <ul className="plain-list">
            {state.outputs.map((o) => (
              <li key={o.id}>
                {outputKindLabel(o.kind)}: {o.title}
              </li>
            ))}
          </ul>
        </section>
      )}

      <details className="card">
        <summary>Agenda</summary>
        <ol className="agenda">
          {state.activities.map((a, i) => (
            <li key={a.id} aria-current={i === state.currentActivityIndex ? "step" : undefined}>
              {formatTime(a.startsAt)} {a.title} ({a.durationMinutes} min)
            </li>
          ))}
        </ol>
      </details>

      {state.endedAt && (
        <Form method="post" className="card evaluation-form" id="evaluation" noValidate>
          <h2>How was the session?</h2>
          <input type="hidden" name="intent" value="evaluate" />
          <fieldset>
            <legend>Your rating, from 1 (poor) to 5 (very good)</legend>
            {[1, 2, 3, 4, 5].map((rating) => (
              <span key={rating} className="radio">
                <input type="radio" id={`rating-${rating}`} name="rating" value={rating} />
                <label htmlFor={`rating-${rating}`}>{rating}</label>
              </span>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="evaluation-comment">Anything to tell us (optional)</label>
            <textarea id="evaluation-comment" name="comment" rows={3} maxLength={1000} />
          </div>
          <button type="submit" className="button" disabled={busy}>
            Send
          </button>
        </Form>
      )}
    </div>
  );
}

function FacilitatorControls({ state, busy }: { state: LiveState; busy: boolean }) {
  const next = state.currentActivityIndex + 1;
  return (
    <section className="card facilitator-controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">Facilitator controls</h2>
      <div className="button-row">
        {next < state.activities.length && (
          <ActionButton
            fields={{ intent: "go-to", index: String(next) }}
            className="button"
            disabled={busy}
          >
            {state.currentActivityIndex < 0 ? "Start the session" : "Next activity"}
          </ActionButton>
        )}
        {state.canGoBack && (
          <ActionButton
            fields={{ intent: "back" }}
            className="button button-secondary"
            disabled={busy}
          >
            Back to previous activity
          </ActionButton>
        )}
      </div>
      <details>
        <summary>Bring everyone to an activity</summary>
        <ul className="plain-list">
          {state.activities.map((a, i) => (
            <li key={a.id}>
              <ActionButton
                fields={{ intent: "go-to", index: String(i) }}
                className="link-button"
                label={`Bring everyone to: ${a.title}`}
                disabled={busy || i === state.currentActivityIndex}
              >
                {i + 1}. {a.title}
              </ActionButton>
            </li>
          ))}
        </ul>
      </details>
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="start-timer" />
        <div className="field">
          <label htmlFor="timer-minutes">Timer minutes</label>
          <input
            id="timer-minutes"
            name="minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={180}
            defaultValue={5}
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={busy}>
          Start timer
        </button>
      </Form>
      {state.timerEndsAt && (
        <ActionButton fields={{ intent: "stop-timer" }} className="link-button" disabled={busy}>
          Stop timer
        </ActionButton>
      )}
      <Form method="post" key={`${state.boardLocked}-${state.anonymousNotes}`}>
        <input type="hidden" name="intent" value="board-settings" />
        <div className="checkbox">
          <input
            id="board-locked"
            name="locked"
            type="checkbox"
            defaultChecked={state.boardLocked}
          />
          <label htmlFor="board-locked">Lock the board</label>
        </div>
        <div className="checkbox">
          <input
            id="board-anonymous"
            name="anonymousNotes"
            type="checkbox"
            defaultChecked={state.anonymousNotes}
          />
          <label htmlFor="board-anonymous">Hide who wrote each note</label>
        </div>
        <button type="submit" className="button button-secondary" disabled={busy}>
          Save board settings
        </button>
      </Form>
      <details>
        <summary>Dot voting</summary>
        <Form method="post">
          <input type="hidden" name="intent" value="start-vote" />
          <div className="field">
            <label htmlFor="vote-budget">Votes per person</label>
            <input
              id="vote-budget"
              name="budget"
              type="number"
              inputMode="numeric"
              min={1}
              max={20}
              defaultValue={3}
            />
          </div>
          <div className="field">
            <label htmlFor="vote-minutes">Minutes (optional)</label>
            <input
              id="vote-minutes"
              name="durationMinutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={120}
            />
          </div>
          <div className="checkbox">
            <input id="vote-one-per-note" name="onePerNote" type="checkbox" />
            <label htmlFor="vote-one-per-note">Only one vote per note</label>
          </div>
          <div className="checkbox">
            <input id="vote-anonymous" name="anonymous" type="checkbox" defaultChecked />
            <label htmlFor="vote-anonymous">Anonymous votes</label>
          </div>
          <button type="submit" className="button button-secondary" disabled={busy}>
            Start a voting round
          </button>
        </Form>
        {state.round && !state.round.revealed && (
          <ActionButton fields={{ intent: "reveal-votes" }} className="button" disabled={busy}>
            Reveal the results
          </ActionButton>
        )}
        {state.round && <p className="meta">{state.round.votesCast} votes cast so far.</p>}
      </details>
      <ActionButton fields={{ intent: "end" }} className="button button-danger" disabled={busy}>
        End the session
      </ActionButton>
    </section>
  );
}

function OutputForm({
  source,
  title,
  targets,
  busy,
}: {
  source: { noteId?: string; clusterId?: string };
  title: string;
  targets: OutputTargets;
  busy: boolean;
}) {
  const id = source.noteId ?? source.clusterId ?? "";
  return (
    <details className="output-form">
      <summary>
        Make an output<span className="visually-hidden"> from: {title}</span>
      </summary>
      <Form method="post">
        <input type="hidden" name="intent" value="create-output" />
        <input type="hidden" name="noteId" value={source.noteId ?? ""} />
        <input type="hidden" name="clusterId" value={source.clusterId ?? ""} />
        <div className="field">
          <label htmlFor={`output-kind-${id}`}>Kind</label>
          <select id={`output-kind-${id}`} name="kind">
            {OUTPUT_KINDS.map((k) => (
              <option key={k} value={k}>
                {outputKindLabel(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`output-title-${id}`}>Title</label>
          <input id={`output-title-${id}`} name="title" defaultValue={title} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={`output-owner-${id}`}>Owner (actions)</label>
          <input id={`output-owner-${id}`} name="ownerName" maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor={`output-due-${id}`}>Due date (actions)</label>
          <input id={`output-due-${id}`} name="dueDate" type="date" />
        </div>
        <div className="field">
          <label htmlFor={`output-section-${id}`}>Toolkit section</label>
          <select id={`output-section-${id}`} name="sectionId">
            <option value="">None</option>
            {targets.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`output-partnership-${id}`}>Partnership</label>
          <select id={`output-partnership-${id}`} name="partnershipId">
            <option value="">None</option>
            {targets.partnerships.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={busy}>
          Save output
        </button>
      </Form>
    </details>
  );
}
