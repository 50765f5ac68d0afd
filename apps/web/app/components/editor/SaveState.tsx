// Tells the person whether their changes have reached the server. Built on the Hocuspocus
// provider's `unsyncedChanges`, which only falls to 0 when the server has acknowledged every
// update (and the server writes each update to its durable log before acknowledging it).
import { useEffect, useState } from "react";
import type { HocuspocusAdapter } from "./hocuspocus-adapter";

export type SaveState = "saving" | "saved" | "offline";

interface Snapshot {
  state: SaveState;
  text: string;
}

function describe(adapter: HocuspocusAdapter, everConnected: boolean, refused: boolean): Snapshot {
  const { hocuspocus } = adapter;
  const status = hocuspocus.configuration.websocketProvider.status as string;
  if (refused) {
    return {
      state: "offline",
      text: "Not saving: the server refused this connection. Changes are kept on this device; reload the page to try again.",
    };
  }
  if (status !== "connected") {
    if (!everConnected && status === "connecting") return { state: "saving", text: "Connecting…" };
    return { state: "offline", text: "Offline – changes kept on this device" };
  }
  if (hocuspocus.unsyncedChanges > 0 || !hocuspocus.isSynced)
    return { state: "saving", text: "Saving…" };
  return { state: "saved", text: "Saved" };
}

export function SaveStatus({ adapter }: { adapter: HocuspocusAdapter | null }) {
  const [snapshot, setSnapshot] = useState<Snapshot>({ state: "saving", text: "Connecting…" });

  useEffect(() => {
    if (!adapter) return;
    const { hocuspocus } = adapter;
    let everConnected = false;
    let refused = false;
    const update = () => {
      if (hocuspocus.configuration.websocketProvider.status === "connected") everConnected = true;
      const next = describe(adapter, everConnected, refused);
      setSnapshot((prev) => (prev.state === next.state && prev.text === next.text ? prev : next));
    };
    const onRefused = () => {
      refused = true;
      update();
    };
    const onAuthenticated = () => {
      refused = false;
      update();
    };
    update();
    hocuspocus.on("status", update);
    hocuspocus.on("synced", update);
    hocuspocus.on("unsyncedChanges", update);
    hocuspocus.on("authenticationFailed", onRefused);
    hocuspocus.on("authenticated", onAuthenticated);
    return () => {
      hocuspocus.off("status", update);
      hocuspocus.off("synced", update);
      hocuspocus.off("unsyncedChanges", update);
      hocuspocus.off("authenticationFailed", onRefused);
      hocuspocus.off("authenticated", onAuthenticated);
    };
  }, [adapter]);

  return (
    <p className="editor-save-state" role="status" data-save-state={snapshot.state}>
      {snapshot.text}
    </p>
  );
}
