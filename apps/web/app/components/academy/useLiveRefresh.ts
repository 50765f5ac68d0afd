// Keeps a live session screen current: reloads its data every couple of seconds while the tab
// is visible and nothing else is loading, so everyone follows the facilitator.
import { useEffect } from "react";
import { useNavigation, useRevalidator } from "react-router";

export const LIVE_REFRESH_MS = 1500;

export function useLiveRefresh(enabled: boolean) {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const idle = navigation.state === "idle" && revalidator.state === "idle";
  useEffect(() => {
    if (!enabled || !idle) return;
    const timer = setTimeout(() => {
      if (document.visibilityState === "visible") void revalidator.revalidate();
    }, LIVE_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [enabled, idle, revalidator]);
}
