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
 * fsyncs of each checkpoint (the slow part, tens of milliseconds on a virtual disk) no longer
 * block the event loop inside a commit. The writer calls {@link Checkpointer.wrote} after each
 * commit; the worker then checkpoints at most every {@link CHECKPOINT_INTERVAL_MS}. Durability is
 * the same as with SQLite's own checkpoints: a commit is in the WAL before it is answered.
 */
export class Checkpointer {
  private readonly worker: Worker;
  private busy = false;
  private dirty = false;
  private lastStart = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
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
    // An idle worker must not keep the process alive.
    this.worker.unref();
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.on('message', (reply: CheckpointReply) => {
      this.busy = false;
      this.runs++;
      if (!reply.ok) this.log('warn', 'background checkpoint failed', { code: reply.code });
      if (this.dirty) this.schedule();
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (!this.stopped) this.fail(new Error(`checkpoint worker exited with ${code}`));
    });
  }

  /** Tells the checkpointer that a commit added pages to the WAL. */
  wrote(): void {
    if (this.stopped) return;
    this.dirty = true;
    if (!this.busy && this.timer === undefined) this.schedule();
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
      if (this.stopped) return;
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
