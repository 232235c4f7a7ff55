// A fault proxy between dnscode and a real server, to interrupt a push at the worst moment. It counts the
// write messages that pass (DNS: UPDATE messages, by opcode, over TCP; HTTP: PATCH requests) and, at the
// k-th one:
// - 'before-reply': forwards it, waits for the server's answer (so the server has applied it), drops that
//   answer and cuts the connection: the client cannot know the message was applied;
// - 'after-reply': passes the answer to message k, then cuts the connection when the next write comes
//   (which the server never sees);
// - 'hold': passes the answer to message k and holds the next write (never forwarded), calling `onHold`:
//   the test kills the client (kill -9) while it waits, so the kill lands between messages k and k+1.
import { connect, createServer as createTcpServer, type Socket } from 'node:net';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type CutMode = 'before-reply' | 'after-reply' | 'hold';

export interface FaultProxy {
  port: number;
  /** Write messages seen so far (forwarded or not). */
  writes: number;
  /** Write messages the server received. */
  forwarded: number;
  close(): Promise<void>;
}

export interface ProxyOptions {
  target: { host: string; port: number };
  k: number;
  mode: CutMode;
  onHold?: () => void;
}

const isUpdate = (frame: Buffer) => frame.length >= 4 && ((frame[2]! >> 3) & 0x0f) === 5;

/** DNS over TCP (2-byte length framing). */
export async function startDnsFaultProxy(o: ProxyOptions): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  const proxy: FaultProxy = { port: 0, writes: 0, forwarded: 0, close: async () => {} };
  const srv = createTcpServer((client) => {
    const server = connect(o.target.port, o.target.host);
    sockets.add(client); sockets.add(server);
    client.on('error', () => {}); server.on('error', () => {});
    const cut = () => { client.destroy(); server.destroy(); };
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
    let fromClient = Buffer.alloc(0), fromServer = Buffer.alloc(0);
    let cutOnReply = false, stopped = false;
    client.on('data', (chunk: Buffer) => {
      if (stopped) return;
      fromClient = Buffer.concat([fromClient, chunk]);
      while (fromClient.length >= 2 && fromClient.length >= 2 + fromClient.readUInt16BE(0)) {
        const len = fromClient.readUInt16BE(0);
        const frame = fromClient.subarray(0, 2 + len);
        fromClient = fromClient.subarray(2 + len);
        if (isUpdate(frame.subarray(2))) {
          const n = ++proxy.writes;
          if (n > o.k && o.mode !== 'before-reply') {
            stopped = true;
            if (o.mode === 'hold') o.onHold?.(); else cut();
            return;
          }
          if (n === o.k && o.mode === 'before-reply') cutOnReply = true;
          proxy.forwarded++;
        }
        server.write(frame);
      }
    });
    server.on('data', (chunk: Buffer) => {
      fromServer = Buffer.concat([fromServer, chunk]);
      while (fromServer.length >= 2 && fromServer.length >= 2 + fromServer.readUInt16BE(0)) {
        const len = fromServer.readUInt16BE(0);
        const frame = fromServer.subarray(0, 2 + len);
        fromServer = fromServer.subarray(2 + len);
        // UPDATE replies come one per message, in order: the first reply after message k was sent is its.
        if (cutOnReply && isUpdate(frame.subarray(2))) { cut(); return; }
        client.write(frame);
      }
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  proxy.port = (srv.address() as AddressInfo).port;
  proxy.close = () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); srv.close(() => r()); });
  return proxy;
}

/** HTTP (PowerDNS API). */
export async function startHttpFaultProxy(o: ProxyOptions): Promise<FaultProxy> {
  const proxy: FaultProxy = { port: 0, writes: 0, forwarded: 0, close: async () => {} };
  const forward = (req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const up = httpRequest({ host: o.target.host, port: o.target.port, method: req.method, path: req.url, headers: req.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      up.on('error', reject);
      up.end(body);
    });
  const srv = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      let cutAfter = false;
      if (req.method === 'PATCH') {
        const n = ++proxy.writes;
        if (n > o.k && o.mode !== 'before-reply') {
          if (o.mode === 'hold') o.onHold?.(); else req.socket.destroy();
          return;
        }
        cutAfter = n === o.k && o.mode === 'before-reply';
        proxy.forwarded++;
      }
      try {
        const r = await forward(req, body);
        if (cutAfter) { req.socket.destroy(); return; }
        res.writeHead(r.status, r.headers);
        res.end(r.body);
      } catch {
        req.socket.destroy();
      }
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  proxy.port = (srv.address() as AddressInfo).port;
  proxy.close = () => new Promise<void>((r) => { srv.closeAllConnections(); srv.close(() => r()); });
  return proxy;
}
