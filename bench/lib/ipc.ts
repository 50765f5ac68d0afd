// Child processes that talk to the bench over Node's IPC channel: the parent forks a TypeScript
// worker (run through tsx), waits for its "ready", then exchanges typed messages with it.
import { fork, type ChildProcess } from "node:child_process";

export interface Message {
  type: string;
}

/** Whether an IPC message is one of a protocol's, by its `type` (messages are plain JSON). */
export function isMessageOf<M extends Message>(
  message: unknown,
  types: readonly M["type"][],
): message is M {
  return (
    typeof message === "object" &&
    message !== null &&
    "type" in message &&
    typeof message.type === "string" &&
    types.includes(message.type)
  );
}

/** The next message of the given type from a child; rejects if the child exits first. */
export function nextMessage<M extends Message, T extends M["type"]>(
  child: ChildProcess,
  type: T,
): Promise<Extract<M, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!isMessageOf<Extract<M, { type: T }>>(message, [type])) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => {
      child.off("message", onMessage);
      reject(new Error(`a bench worker exited with ${code} while the bench waited for "${type}"`));
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/**
 * Forks a worker script and resolves once it says "ready": a message sent before the worker
 * has its listener (tsx loads modules asynchronously) would be lost.
 */
export async function forkWorker(script: string): Promise<ChildProcess> {
  const child = fork(script, [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await nextMessage<Message, "ready">(child, "ready");
  return child;
}

/** Waits for a worker to end after it was told to stop (or ended it, if it does not). */
export function stopWorker(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** In a worker: sends one message to the parent (a worker without a channel is a mistake). */
export function sendToParent(message: Message) {
  if (!process.send) throw new Error("this script is a bench worker: start it with fork()");
  process.send(message);
}
