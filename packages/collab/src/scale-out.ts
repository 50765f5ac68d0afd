// Several processes serving the same live documents, through one Redis (REDIS_URL):
// Hocuspocus's Redis extension passes document changes, awareness (presence, carets) and
// signals between processes; our own locks make once-per-document work run once.
//
// What the extension does not do, and how we cover it (decision 0019):
// - It stores nothing: every process loads a document from the database, where each change was
//   logged by the one process that received it from a browser (DurableLogExtension runs in
//   beforeHandleMessage, which changes arriving through Redis never pass).
// - Delivery is not guaranteed (pub/sub): every change makes its process publish its state
//   vector, and the others answer with what it lacks, so a missed message is made up at the next
//   change; and each process's copy came from the durable log, so nothing acknowledged is lost.
// - Its onStoreDocument lock is for persistence we do not do there (hocuspocus#730).
import { Redis as RedisExtension } from "@hocuspocus/extension-redis";
import { OutgoingMessage } from "@hocuspocus/server";
import { Redis } from "ioredis";
import { redisLocks, type DocumentLocks } from "./document-locks.js";
import { redisValues, type SharedValues } from "./shared-values.js";

/** The origin the extension gives changes it applies from another process. */
export const FROM_ANOTHER_PROCESS = "__hocuspocus__redis__origin__";

/**
 * The extension without its store lock: we never persist in onStoreDocument (changes are
 * logged as they arrive), so its lock only logged errors and held server changes back by its
 * disconnect delay.
 */
class SharedLiveDocuments extends RedisExtension {
  constructor(configuration: ConstructorParameters<typeof RedisExtension>[0]) {
    super(configuration);
    // The extension also publishes without waiting (the first sync step and the awareness
    // request after a document loads, its replies to other processes): while Redis is away
    // such a publish rejects with nobody to catch it, and an unhandled rejection ends the
    // process. Every publish of its client is logged instead.
    const pub = this.pub;
    const publish = pub.publish.bind(pub) as (channel: string, message: Buffer) => Promise<number>;
    const guarded = (channel: string, message: Buffer) =>
      publish(channel, message).catch((error: unknown) => logPublishFailure(channel, error));
    pub.publish = guarded as unknown as typeof pub.publish;
  }

  override async onStoreDocument(): Promise<void> {}
  override async afterStoreDocument(): Promise<void> {}

  // Hocuspocus runs one hook of every extension in a chain that stops at the first error, and
  // does not await onChange: a publish failing while Redis is away would skip our own hooks
  // (settling) and crash the process with an unhandled rejection. Logged instead; the change
  // is already in the durable log, and the next change's state vector makes up for it.
  override async onChange(data: Parameters<RedisExtension["onChange"]>[0]) {
    await super
      .onChange(data)
      .catch((error: unknown) => logPublishFailure(data.documentName, error));
  }

  override async onAwarenessUpdate(data: Parameters<RedisExtension["onAwarenessUpdate"]>[0]) {
    return super
      .onAwarenessUpdate(data)
      .catch((error: unknown) => logPublishFailure(data.documentName, error));
  }

  override async beforeBroadcastStateless(
    data: Parameters<RedisExtension["beforeBroadcastStateless"]>[0],
  ) {
    return super
      .beforeBroadcastStateless(data)
      .catch((error: unknown) => logPublishFailure(data.documentName, error));
  }
}

/** Logs the failure; 0 stands for "no process received it", as a publish would say. */
function logPublishFailure(documentName: string, error: unknown): 0 {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`[collab] could not share a change of ${documentName} through Redis: ${reason}`);
  return 0;
}

export interface ScaleOut {
  extension: RedisExtension;
  locks: DocumentLocks;
  values: SharedValues;
  /** Publishes a signal to the processes that have the document open (this one included). */
  publishSignal(documentName: string, payload: string): Promise<void>;
  /**
   * Asks every process to close connections to a document (everyone's, or one person's), as
   * when access changes; `onCloseRequest` receives what any process asked, this one included.
   */
  publishClose(documentName: string, userId?: string): Promise<void>;
  onCloseRequest(handler: (documentName: string, userId?: string) => void): void;
  close(): Promise<void>;
}

export interface ScaleOutOptions {
  redisUrl: string;
  /** Keys and channels start with this (default "coproduce"). */
  prefix?: string;
  /** How long the extension waits before unloading, so syncs between processes finish. */
  disconnectDelayMs?: number;
}

export function createScaleOut(options: ScaleOutOptions): ScaleOut {
  const prefix = options.prefix ?? "coproduce";
  const connect = () =>
    quietlyReconnecting(new Redis(options.redisUrl, { maxRetriesPerRequest: 3 }));
  const redis = connect();
  const closeChannel = `${prefix}:close-connections`;
  let closeSubscriber: Redis | null = null;
  const extension = new SharedLiveDocuments({
    prefix: `${prefix}:doc`,
    createClient: connect,
    disconnectDelay: options.disconnectDelayMs ?? 500,
  });
  // Stateless messages the extension applies from Redis, sent with an identity of our own so
  // that every process (this one too) delivers them to its connections.
  const signalIdentity = Buffer.from("server-signal", "utf-8");
  const signalPrefix = Buffer.concat([Buffer.from([signalIdentity.length]), signalIdentity]);
  return {
    extension,
    locks: redisLocks(redis, prefix),
    values: redisValues(redis, prefix),
    async publishSignal(documentName, payload) {
      const message = new OutgoingMessage(documentName).writeBroadcastStateless(payload);
      await redis.publish(
        `${prefix}:doc:${documentName}`,
        Buffer.concat([signalPrefix, Buffer.from(message.toUint8Array())]),
      );
    },
    async publishClose(documentName, userId) {
      await redis.publish(closeChannel, JSON.stringify({ documentName, userId }));
    },
    onCloseRequest(handler) {
      closeSubscriber = connect();
      closeSubscriber.on("message", (_channel: string, text: string) => {
        const { documentName, userId } = JSON.parse(text) as {
          documentName: string;
          userId?: string;
        };
        handler(documentName, userId);
      });
      void closeSubscriber.subscribe(closeChannel);
    },
    async close() {
      closeSubscriber?.disconnect(false);
      await extension.onDestroy();
      redis.disconnect(false);
    },
  };
}

/**
 * ioredis reconnects by itself and reports every failed attempt as an "error" event (printed
 * as unhandled without a listener): say once that Redis is unreachable, and once that it is back.
 */
export function quietlyReconnecting(redis: Redis): Redis {
  let down = false;
  redis.on("error", (error: Error) => {
    if (down) return;
    down = true;
    console.error(`[redis] cannot reach Redis (${error.message}); retrying`);
  });
  redis.on("ready", () => {
    if (down) console.error("[redis] reached Redis again");
    down = false;
  });
  return redis;
}
