// The live session, as participants and facilitators see it (on a phone too): the activity
// everyone is on, the countdown, the ideas board with its groups, dot voting and outputs.
// Facilitators also get the controls. The ideas board is the session's shared Yjs document
// (useSessionBoard): once it has synced, notes, moves and groups go straight into it and reach
// everyone at once. Everything else, and the board too until it syncs, is a plain form post to
// the page's action, checked by the server.
import { useRef, useState } from "react";
import { useNavigation, useRevalidator } from "react-router";
import type { LiveState } from "@coproduce/api";
import { formatTime, activityKindLabel, outputKindLabel } from "../../lib/academy-format";
import { ErrorSummary } from "../ErrorSummary";
import { Countdown } from "./Countdown";
import { EvaluationForm } from "./EvaluationForm";
import { FacilitatorControls } from "./FacilitatorControls";
import { IdeasBoard } from "./IdeasBoard";
import type { OutputTargets } from "./OutputForm";
import { LIVE_REFRESH_MS, useLiveRefresh } from "./useLiveRefresh";
import { useSessionBoard } from "./useSessionBoard";

/** With the board connected, changes arrive as signals; polling is only a safety net. */
const CONNECTED_REFRESH_MS = 15_000;
/** Signals arriving within this time cause one reload. */
const SIGNAL_COALESCE_MS = 250;

interface LiveSessionProps {
  state: LiveState;
  /** What the page's last form post answered (runLiveIntent), if anything. */
  actionData: { done: string; intent: string } | { formError: string } | undefined;
  /** Sections and partnerships outputs can link to; only for facilitators. */
  outputTargets: OutputTargets | null;
  /** Where the board's websocket goes: /collab for members, /join/<code>/collab for guests. */
  collabPath: string;
}

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
  useLiveRefresh(!state.endedAt, live ? CONNECTED_REFRESH_MS : LIVE_REFRESH_MS);

  const facilitator = state.me.facilitator && outputTargets !== null;
  const current = state.activities[state.currentActivityIndex];
  const canWrite = !state.endedAt && (!state.boardLocked || facilitator);
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

      {actionData && "done" in actionData && (
        <p className="notice" role="status">
          {actionData.done}
        </p>
      )}
      <ErrorSummary
        message={
          boardError ?? (actionData && "formError" in actionData ? actionData.formError : undefined)
        }
      />
      {board.problem && !state.endedAt && (
        <p className="notice" role="alert">
          The live board stopped: {board.problem} <a href="">Reload the page</a> to carry on.
        </p>
      )}

      {facilitator && !state.endedAt && <FacilitatorControls state={state} busy={busy} />}

      <IdeasBoard
        state={state}
        board={board}
        live={live}
        busy={busy}
        outputTargets={facilitator ? outputTargets : null}
        canWrite={canWrite}
        lastIntent={actionData && "intent" in actionData ? actionData.intent : undefined}
        onProblem={setBoardError}
      />

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

      {state.endedAt && <EvaluationForm busy={busy} />}
    </div>
  );
}
