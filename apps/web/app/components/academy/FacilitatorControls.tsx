// The facilitator's controls during a live session: move everyone through the agenda, the
// timer, the board's settings, dot voting and the end. Each is a plain form post.
import { Form } from "react-router";
import type { LiveState } from "@coproduce/api";
import { ActionButton } from "../ActionButton";

export function FacilitatorControls({ state, busy }: { state: LiveState; busy: boolean }) {
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
