import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { errorCode } from './common.js';
import type { StorageLog } from './types.js';

/** How often, at most, the worker checkpoints while there are writes. */
export const CHECKPOINT_INTERVAL_MS = 100;

/**
 * WAL pages after which the writing connection checkpoints on its own after a commit, as SQLite
 * does by default at 1000. With the worker copying pages in the background this only bounds the
 * WAL (40 MiB): under unbroken load the WAL cannot start over while the worker runs behind the
 * writer, so now and then the writer catches up itself, copying the few pages left.
 */
export const WRITER_CHECKPOINT_PAGES = 10_000;

/**
 * The worker: its own connection to the database file, which runs a PASSIVE checkpoint (copy
 * WAL pages into the database file, fsync both; never waits for or blocks the writer) each time
 * it is asked, and answers with SQLite's figures. CommonJS, as `eval` workers are.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 0 });
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true, ...result });
  } catch (error) {
    parentPort.postMessage({ ok: false, code: String(error && error.code || 'error') });
  }
});
`;

/** What the worker answers after a checkpoint. */
type CheckpointReply =
  { ok: true; busy: number; log: number; checkpointed: number } | { ok: false; code: string };

/**
 * Checkpoints a SQLite WAL from a worker thread, so the writes to the database file and the two
 * fsyncs of each checkpoint (its slow part) no longer block the event loop inside a commit.
 * The writer calls {@link Checkpointer.wrote} after each commit; the worker then checkpoints at
 * most every {@link CHECKPOINT_INTERVAL_MS}. Durability is the same as with SQLite's own
 * checkpoints: a commit is in the WAL before it is answered.
 */
export class Checkpointer {
  private readonly worker: Worker;
  private busy = false;
  private dirty = false;
  private lastStart = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private pauses = 0;
  private readonly idleWaiters: Array<() => void> = [];
  private readonly exited: Promise<void>;
  /** Checkpoints the worker has finished, for tests and diagnostics. */
  runs = 0;

  /**
   * @param file - the database file (WAL mode already on)
   * @param log - storage log
   * @param onFailure - called once if the worker stops working; the writer then checkpoints alone
   */
  constructor(
    file: string,
    private readonly log: StorageLog,
    private readonly onFailure: () => void,
  ) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file } });
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.on('message', (reply: CheckpointReply) => {
      this.busy = false;
      this.runs++;
      if (!reply.ok) this.log('warn', 'background checkpoint failed', { code: reply.code });
      for (const waiter of this.idleWaiters.splice(0)) waiter();
      if (this.dirty && this.pauses === 0) this.schedule();
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      for (const waiter of this.idleWaiters.splice(0)) waiter();
      if (!this.stopped) this.fail(new Error(`checkpoint worker exited with ${code}`));
    });
    // An idle worker must not keep the process alive. After the listeners: adding a 'message'
    // listener refs the worker again.
    this.worker.unref();
  }

  /**
   * Holds the worker's checkpoints back until the returned function is called, once the one it
   * may be running has finished: for a checkpoint of the writer's own that must not find the
   * checkpoint lock taken (the one after an erasure).
   */
  async pause(): Promise<() => void> {
    this.pauses++;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.busy && !this.stopped) {
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
    let resumed = false;
    return () => {
      if (resumed) return;
      resumed = true;
      this.pauses--;
      if (this.pauses === 0 && this.dirty && !this.stopped && !this.busy) this.schedule();
    };
  }

  /** Tells the checkpointer that a commit added pages to the WAL. */
  wrote(): void {
    if (this.stopped) return;
    this.dirty = true;
    if (!this.busy && this.timer === undefined && this.pauses === 0) this.schedule();
  }

  /** Stops the worker (after the checkpoint it is running, if any) and closes its connection. */
  async close(): Promise<void> {
    if (this.stopped) return this.exited;
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    // Keep the process alive until the worker has closed its connection, so the caller's own
    // close (and the final checkpoint of the last connection) still happens.
    this.worker.ref();
    this.worker.postMessage('close');
    await this.exited;
  }

  private schedule(): void {
    const wait = Math.max(0, this.lastStart + CHECKPOINT_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.stopped || this.pauses > 0) return;
      this.dirty = false;
      this.busy = true;
      this.lastStart = Date.now();
      this.worker.postMessage('checkpoint');
    }, wait);
    this.timer.unref();
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.log('warn', 'background checkpoints stopped', { code: errorCode(error) });
    this.onFailure();
  }
}
