// The agenda builder's list. Facilitators reorder with the Move up / Move down buttons (plain
// forms, so they work without JavaScript and from the keyboard) or, once the page's script runs,
// by dragging a row with native HTML5 drag and drop. A drop posts intent "move-to" to the same
// page action and the same academy.moveActivity mutation as the buttons.
import { useEffect, useRef, useState } from "react";
import { useFetcher } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { ActionButton } from "../ActionButton";
import { activityKindLabel, formatTime } from "../../lib/academy-format";
import { dropIndex, reorder } from "../../lib/agenda-order";

type Session = CallerOutputs["academy"]["session"];

/** Where a dragged row would land: before the row at `gap` (activities.length = at the end). */
interface DragState {
  id: string;
  gap: number | null;
}

export function AgendaList({
  activities: saved,
  startsAt,
  canFacilitate,
  busy,
}: {
  activities: Session["activities"];
  startsAt: Session["startsAt"];
  canFacilitate: boolean;
  busy: boolean;
}) {
  const fetcher = useFetcher();
  const [scripted, setScripted] = useState(false);
  const [drag, setDrag] = useState<DragState | null>(null);
  useEffect(() => setScripted(true), []);

  // The move buttons post a form; while it saves they are disabled and the row moves, so the
  // browser drops focus to the top of the page. Put it back on the same activity's button
  // (or its other move button, when that one is now disabled at the end of the list).
  const refocus = useRef<{ activityId: string; intent: string; saving: boolean } | null>(null);
  useEffect(() => {
    const move = refocus.current;
    if (!move) return;
    if (busy) {
      move.saving = true;
      return;
    }
    if (!move.saving) return;
    refocus.current = null;
    const other = move.intent === "move-up" ? "move-down" : "move-up";
    const button = (intent: string) =>
      document.getElementById(`${intent}-${move.activityId}`) as HTMLButtonElement | null;
    const wanted = button(move.intent);
    (wanted && !wanted.disabled ? wanted : button(other))?.focus();
  }, [busy]);

  // While a drop is being saved, show the new order straight away.
  const pending = fetcher.formData;
  const activities =
    pending?.get("intent") === "move-to"
      ? reorder(saved, String(pending.get("activityId")), Number(pending.get("toIndex")))
      : saved;
  const draggable = canFacilitate && scripted && !busy && fetcher.state === "idle";
  const starts: Date[] = [];
  let minutes = 0;
  for (const a of activities) {
    starts.push(new Date(new Date(startsAt).getTime() + minutes * 60_000));
    minutes += a.durationMinutes;
  }

  function gapFor(event: React.DragEvent<HTMLLIElement>, index: number): number {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? index : index + 1;
  }

  function drop(gap: number) {
    if (!drag) return;
    const from = activities.findIndex((a) => a.id === drag.id);
    setDrag(null);
    const toIndex = dropIndex(from, gap);
    if (from < 0 || toIndex === from) return;
    void fetcher.submit(
      { intent: "move-to", activityId: drag.id, toIndex: String(toIndex) },
      { method: "post" },
    );
  }

  return (
    <>
      {draggable && <p className="hint">Drag an activity to move it, or use its arrow buttons.</p>}
      <ol className={drag ? "agenda agenda-dragging" : "agenda"}>
        {activities.map((a, i) => {
          const indicator =
            drag && drag.gap === i
              ? " drop-before"
              : drag && drag.gap === activities.length && i === activities.length - 1
                ? " drop-after"
                : "";
          return (
            <li
              key={a.id}
              className={`agenda-item${draggable ? " agenda-draggable" : ""}${drag?.id === a.id ? " agenda-dragged" : ""}${indicator}`}
              draggable={draggable}
              data-activity-id={a.id}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", a.title);
                setDrag({ id: a.id, gap: null });
              }}
              onDragOver={(event) => {
                if (!drag) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = "move";
                const gap = gapFor(event, i);
                if (gap !== drag.gap) setDrag({ ...drag, gap });
              }}
              onDrop={(event) => {
                event.preventDefault();
                drop(gapFor(event, i));
              }}
              onDragEnd={() => setDrag(null)}
            >
              <div>
                <strong>
                  {formatTime(starts[i]!)} {a.title}
                </strong>{" "}
                <span className="meta">
                  {activityKindLabel(a.kind)}, {a.durationMinutes} min
                </span>
                {a.goals && <p>Goals: {a.goals}</p>}
                {a.materials && <p>Materials: {a.materials}</p>}
                {a.instructions && <p>Instructions: {a.instructions}</p>}
              </div>
              {canFacilitate && (
                <div className="section-controls">
                  <ActionButton
                    fields={{ intent: "move-up", activityId: a.id }}
                    id={`move-up-${a.id}`}
                    onClick={() =>
                      (refocus.current = { activityId: a.id, intent: "move-up", saving: false })
                    }
                    label={`Move up: ${a.title}`}
                    className="icon-button"
                    disabled={i === 0 || busy}
                  >
                    ↑
                  </ActionButton>
                  <ActionButton
                    fields={{ intent: "move-down", activityId: a.id }}
                    id={`move-down-${a.id}`}
                    onClick={() =>
                      (refocus.current = { activityId: a.id, intent: "move-down", saving: false })
                    }
                    label={`Move down: ${a.title}`}
                    className="icon-button"
                    disabled={i === activities.length - 1 || busy}
                  >
                    ↓
                  </ActionButton>
                  <ActionButton
                    fields={{ intent: "remove", activityId: a.id }}
                    label={`Remove: ${a.title}`}
                    className="icon-button"
                    disabled={busy}
                  >
                    ✕
                  </ActionButton>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {fetcher.state !== "idle" ? "Saving the new order…" : ""}
      </p>
      {fetcher.data && typeof fetcher.data === "object" && "formError" in fetcher.data && (
        <p className="error-message" role="alert">
          {String(fetcher.data.formError)}
        </p>
      )}
    </>
  );
}
