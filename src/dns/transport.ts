// DNS transport: TCP with 2-byte length framing (many messages per connection, as AXFR and batched
// UPDATEs need) and single UDP exchanges, each with timeouts. Errors name the server.
import { connect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { createSocket } from 'node:dgram';
import { callBudget, timer } from '../_util/deadline.js';

export interface ServerAddress {
  host: string;
  port: number;
  /** DNS over TLS (RFC 7858; RFC 9103 for zone transfers): the certificate is verified against the
   *  system's CAs (plus NODE_EXTRA_CA_CERTS), for the host name or IP address given. */
  tls?: boolean;
}

export class TransportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransportError';
  }
}

/** "host", "host:port", "[v6]:port" → address (default port 53). */
export function parseServer(spec: string, defaultPort = 53): ServerAddress {
  const s = spec.trim();
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(s);
  if (v6) return { host: v6[1]!, port: v6[2] ? Number(v6[2]) : defaultPort };
  const m = /^([^:]+)(?::(\d+))?$/.exec(s);
  if (m) return { host: m[1]!, port: m[2] ? Number(m[2]) : defaultPort };
  return { host: s, port: defaultPort }; // bare IPv6 address
}

export const fmtServer = (a: ServerAddress): string => `${a.host.includes(':') ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`}${a.tls ? ' (TLS)' : ''}`;

/** One TCP connection to a DNS server: send framed messages, read framed replies in order. */
export class TcpSession {
  private readonly socket: Socket;
  private readonly where: string;
  private readonly timeoutMs: number;
  private buf: Buffer = Buffer.alloc(0);
  private frames: Buffer[] = [];
  private waiter: { resolve: (b: Buffer) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;

  private constructor(socket: Socket, where: string, timeoutMs: number) {
    this.socket = socket;
    this.where = where;
    this.timeoutMs = timeoutMs;
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (e) => this.fail(new TransportError(`${where}: ${e.message}`, { cause: e })));
    socket.on('close', () => this.fail(new TransportError(`${where}: connection closed by the server`)));
  }

  static open(addr: ServerAddress, timeoutMs = 10_000): Promise<TcpSession> {
    const where = fmtServer(addr);
    // The connect timeout, cut to what is left of the zone's deadline (throws when it has passed).
    const budget = callBudget(timeoutMs);
    return new Promise((resolve, reject) => {
      // ALPN "dot": RFC 9103 requires it for zone transfers over TLS, and DoT servers accept it.
      const socket: Socket = addr.tls
        ? tlsConnect({ host: addr.host, port: addr.port, servername: isIP(addr.host) ? undefined : addr.host, ALPNProtocols: ['dot'] })
        : connect({ host: addr.host, port: addr.port });
      socket.setNoDelay(true);
      const cancel = timer(() => {
        socket.destroy();
        reject(new TransportError(`${where}: connect timed out: ${budget.why.replace(/^no answer within/, 'no connection within')}`));
      }, budget.ms);
      socket.once('error', (e) => { cancel(); reject(new TransportError(`${where}: ${e.message}`, { cause: e })); });
      socket.once(addr.tls ? 'secureConnect' : 'connect', () => { cancel(); socket.removeAllListeners('error'); resolve(new TcpSession(socket, where, timeoutMs)); });
    });
  }

  send(msg: Buffer): void {
    if (this.failure) throw this.failure;
    const len = Buffer.alloc(2);
    len.writeUInt16BE(msg.length);
    this.socket.write(Buffer.concat([len, msg]));
  }

  /** The next reply frame; rejects on timeout or when the connection fails. */
  next(): Promise<Buffer> {
    const ready = this.frames.shift();
    if (ready) return Promise.resolve(ready);
    if (this.failure) return Promise.reject(this.failure);
    let budget: { ms: number; why: string };
    try { budget = callBudget(this.timeoutMs); } catch (e) { return Promise.reject(new TransportError(`${this.where}: ${(e as Error).message}`)); }
    return new Promise((resolve, reject) => {
      const cancel = timer(() => {
        this.waiter = undefined;
        reject(new TransportError(`${this.where}: ${budget.why}`));
      }, budget.ms);
      this.waiter = {
        resolve: (b) => { cancel(); resolve(b); },
        reject: (e) => { cancel(); reject(e); },
      };
    });
  }

  close(): void {
    this.failure ??= new TransportError(`${this.where}: session closed`);
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    while (this.buf.length >= 2) {
      const len = this.buf.readUInt16BE(0);
      if (this.buf.length < 2 + len) break;
      const frame = Buffer.from(this.buf.subarray(2, 2 + len));
      this.buf = this.buf.subarray(2 + len);
      const w = this.waiter;
      if (w) { this.waiter = undefined; w.resolve(frame); } else this.frames.push(frame);
    }
  }

  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    const w = this.waiter;
    this.waiter = undefined;
    w?.reject(e);
  }
}

/** One request, one reply over TCP. */
export async function tcpExchange(addr: ServerAddress, msg: Buffer, timeoutMs = 10_000): Promise<Buffer> {
  const s = await TcpSession.open(addr, timeoutMs);
  try {
    s.send(msg);
    return await s.next();
  } finally {
    s.close();
  }
}

/** One request, one reply over UDP (replies with another ID are ignored). */
export function udpExchange(addr: ServerAddress, msg: Buffer, timeoutMs = 5_000): Promise<Buffer> {
  const where = fmtServer(addr);
  const sock = createSocket(addr.host.includes(':') ? 'udp6' : 'udp4');
  const id = msg.readUInt16BE(0);
  return new Promise<Buffer>((resolve, reject) => {
    const budget = callBudget(timeoutMs);
    const cancel = timer(() => reject(new TransportError(`${where}: ${budget.why}`)), budget.ms);
    sock.on('error', (e) => { cancel(); reject(new TransportError(`${where}: ${e.message}`, { cause: e })); });
    sock.on('message', (reply) => {
      if (reply.length >= 2 && reply.readUInt16BE(0) === id) { cancel(); resolve(reply); }
    });
    sock.send(msg, addr.port, addr.host);
  }).finally(() => sock.close());
}
