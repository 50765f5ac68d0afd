// The countdown everyone sees. It ticks in the browser from the end time the server set, so a
// late joiner sees the same time left as everyone else.
import { useEffect, useState } from "react";
import type { LiveState } from "@coproduce/api";

type EndsAt = LiveState["timerEndsAt"];

function remaining(endsAt: NonNullable<EndsAt>, now: number) {
  const seconds = Math.max(0, Math.round((new Date(endsAt).getTime() - now) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export function Countdown({ endsAt }: { endsAt: EndsAt }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!endsAt) return null;
  return (
    <p className="countdown" data-testid="countdown">
      Time left: <span role="timer">{now === null ? "…" : remaining(endsAt, now)}</span>
    </p>
  );
}
