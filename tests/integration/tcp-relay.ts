import net from "node:net";

export type TcpRelay = {
  /** The port the relay will listen on: free when it was chosen, and nothing listens on it until `open`. */
  port: number;
  /** `target` reached through the relay (its host swapped for the relay's). */
  url: string;
  /** Starts listening: from then on connections reach `target`. */
  open: () => Promise<void>;
  /** Ends every relayed connection and stops listening. */
  close: () => Promise<void>;
};

/**
 * A relay on 127.0.0.1 to the server of `target` (a database URL) that the test switches on, so
 * a file can have an "outage" of its own: pointed at the relay before `open`, a client is
 * refused (ECONNREFUSED) as by a server that is down; after it, it reaches the real one.
 */
export async function tcpRelay(target: URL): Promise<TcpRelay> {
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on("error", () => socket.destroy());
      socket.on("close", () => sockets.delete(socket));
    }
    client.pipe(server).pipe(client);
  });
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const url = new URL(target);
  url.host = `127.0.0.1:${port}`;
  return {
    port,
    url: url.toString(),
    open: () => new Promise<void>((resolve) => relay.listen(port, "127.0.0.1", resolve)),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      if (relay.listening) await new Promise((resolve) => relay.close(resolve));
    },
  };
}
