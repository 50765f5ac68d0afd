// Rules for changes: what they read is read at once for every change that arrives, but the
// rules themselves run one at a time, in the order the changes came, whatever order the reads
// finish in (a change may build on the one before it).
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { beforeHandleMessagePayload } from "@hocuspocus/server";
import type { CollabUser } from "./authorization-extension.js";
import { CollabRefusal } from "./errors.js";
import { ValidationExtension, type UpdateRule } from "./validation-extension.js";

const documentName = "section:a";
const user: CollabUser = { userId: "u1", name: "Ann" };

/** A Hocuspocus sync "update" message, laid out as sync-message.ts reads it. */
function updateMessage(update: Uint8Array): Uint8Array {
  const varUint = (value: number) => {
    const bytes: number[] = [];
    while (value >= 0x80) {
      bytes.push((value & 0x7f) | 0x80);
      value = Math.floor(value / 128);
    }
    return [...bytes, value];
  };
  const name = new TextEncoder().encode(documentName);
  return new Uint8Array([
    ...varUint(name.length),
    ...name,
    ...varUint(0), // sync
    ...varUint(2), // update
    ...varUint(update.length),
    ...update,
  ]);
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Three changes typed one after another into one document, and what each one's rule saw. */
function threeChanges() {
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on("update", (update: Uint8Array) => updates.push(update));
  for (const word of ["one ", "two ", "three "]) source.getText("t").insert(0, word);
  const document = new Y.Doc();
  const reads = updates.map(() => deferred<UpdateRule>());
  const started: number[] = [];
  const ruled: number[] = [];
  const accepted: string[] = [];
  const extension = new ValidationExtension({
    appliesTo: () => true,
    ruleFor: (_user, _name, update) => {
      const index = updates.findIndex((sent) => sameBytes(sent, update));
      started.push(index);
      return reads[index]!.promise;
    },
    accepted: async (writer) => {
      accepted.push(writer.name);
    },
  });
  const send = (index: number) =>
    extension.beforeHandleMessage({
      connection: { readOnly: false },
      document,
      documentName,
      context: { user },
      update: updateMessage(updates[index]!),
    } as unknown as beforeHandleMessagePayload);
  const ruleNoting =
    (index: number): UpdateRule =>
    () => {
      ruled.push(index);
      return null;
    };
  return { reads, started, ruled, accepted, send, ruleNoting };
}

function sameBytes(a: Uint8Array, b: Uint8Array) {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

describe("checking changes before they are logged", () => {
  it("reads for every change at once, and runs the rules in the order the changes came", async () => {
    const { reads, started, ruled, accepted, send, ruleNoting } = threeChanges();
    const answers = [send(0), send(1), send(2)];
    expect(started).toEqual([0, 1, 2]);

    // The reads finish last first.
    reads[2]!.resolve(ruleNoting(2));
    reads[1]!.resolve(ruleNoting(1));
    await Promise.resolve();
    expect(ruled).toEqual([]);
    reads[0]!.resolve(ruleNoting(0));

    await Promise.all(answers);
    expect(ruled).toEqual([0, 1, 2]);
    expect(accepted).toEqual(["Ann", "Ann", "Ann"]);
  });

  it("refuses only the change whose read failed, and the others still pass in order", async () => {
    const { reads, ruled, accepted, send, ruleNoting } = threeChanges();
    const answers = [send(0), send(1), send(2)];
    // Fails before its turn: it must not count as an unhandled rejection meanwhile.
    reads[1]!.reject(new Error("the database is away"));
    reads[2]!.resolve(ruleNoting(2));
    reads[0]!.resolve(ruleNoting(0));

    const outcomes = await Promise.allSettled(answers);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
    ]);
    const refusal = (outcomes[1] as PromiseRejectedResult).reason;
    expect(refusal).toBeInstanceOf(CollabRefusal);
    expect((refusal as CollabRefusal).reason).toBe("Your change could not be checked");
    expect(ruled).toEqual([0, 2]);
    expect(accepted).toEqual(["Ann", "Ann"]);
  });

  it("refuses a change its rule refuses, with the rule's reason, and accepts the next", async () => {
    const { reads, accepted, send } = threeChanges();
    const answers = [send(0), send(1)];
    reads[0]!.resolve(() => "You can no longer change this section.");
    reads[1]!.resolve(() => null);
    const outcomes = await Promise.allSettled(answers);
    expect((outcomes[0] as PromiseRejectedResult).reason).toMatchObject({
      reason: "You can no longer change this section.",
    });
    expect(outcomes[1]!.status).toBe("fulfilled");
    expect(accepted).toEqual(["Ann"]);
  });
});
