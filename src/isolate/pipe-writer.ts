// The evaluator's side of its stdout pipe: writes that need not wait for dnscode to read. The evaluator is
// synchronous (a config's `require` must get its file at once), so it cannot use Node's queued stream writes;
// instead the pipe is made non-blocking and what it does not take now is kept, in order, for the next write.
// whenReady is the wait its reads of stdin share.
import fs from 'node:fs';
import net from 'node:net';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** `io()`, retried while the pipe is not ready (EAGAIN), waiting 1 ms between tries without spinning. */
export function whenReady<T>(io: () => T): T {
  for (;;) {
    try {
      return io();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

export class PipeWriter {
  /** Bytes the pipe has not taken yet, written before anything else. */
  private readonly unsent: Buffer[] = [];
  private unsentBytes = 0;
  private readonly fd: number;
  private readonly maxBacklog: number;
  /** The socket libuv opened on `fd` (which set O_NONBLOCK there), held so that nothing closes it; never
   *  written to. Not on Windows, whose pipes libuv opens otherwise, and not when `fd` is no pipe or socket
   *  (a file or a terminal, which Node cannot open as a socket): there every write waits, as before. */
  readonly handle: net.Socket | undefined;

  /** `maxBacklog`: bytes a write may leave unsent before it waits (memory). */
  constructor(fd: number, maxBacklog: number) {
    this.fd = fd;
    this.maxBacklog = maxBacklog;
    this.handle = process.platform === 'win32' || !isPipe(fd) ? undefined : new net.Socket({ fd, readable: false, writable: true });
  }

  /** Queues `data`, then writes what the pipe takes now; waits for all of it only if `wait` or past the backlog. */
  write(data: Buffer, wait: boolean): void {
    if (data.length) {
      this.unsent.push(data);
      this.unsentBytes += data.length;
    }
    this.drain(wait || this.unsentBytes > this.maxBacklog);
  }

  /** Bytes still waiting for the pipe. */
  get backlog(): number {
    return this.unsentBytes;
  }

  private drain(wait: boolean): void {
    while (this.unsent.length) {
      const data = this.unsent[0]!;
      let n: number;
      try {
        n = fs.writeSync(this.fd, data);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        n = 0;
      }
      if (n === 0) { // the pipe is full (a write of nothing is that too, not progress to spin on)
        if (!wait) return;
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      this.unsentBytes -= n;
      if (n < data.length) this.unsent[0] = data.subarray(n);
      else this.unsent.shift();
    }
  }
}

/** Whether `fd` is a pipe or a socket, the only kinds libuv opens as a non-blocking stream. */
function isPipe(fd: number): boolean {
  try {
    const st = fs.fstatSync(fd);
    return st.isFIFO() || st.isSocket();
  } catch {
    return false;
  }
}
