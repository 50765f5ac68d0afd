// Keeps a live session screen current: reloads its data every so often while the tab is
// visible and nothing else is loading. Every couple of seconds while the board's websocket is
// not connected; rarely once it is (its signals then trigger reloads at once).
import { useEffect } from "react";
import { useNavigation, useRevalidator } from "react-router";

export const LIVE_REFRESH_MS = 1500;

export function useLiveRefresh(enabled: boolean, intervalMs = LIVE_REFRESH_MS) {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const idle = navigation.state === "idle" && revalidator.state === "idle";
  useEffect(() => {
    if (!enabled || !idle) return;
    const timer = setTimeout(() => {
      if (document.visibilityState === "visible") void revalidator.revalidate();
    }, intervalMs);
    return () => clearTimeout(timer);
  }, [enabled, idle, revalidator, intervalMs]);
}
