// A dev-server endpoint (a Connect-style handler, as Vite mounts it) alone on a local port, for the
// endpoint tests: what the handler passes to `next` becomes a 500 with the error's text.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

type EndpointHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A running endpoint: its URL, and `close` to stop it. */
export interface EndpointServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Serves `handler` on 127.0.0.1 at a free port. */
export async function serveEndpoint(handler: EndpointHandler): Promise<EndpointServer> {
  const server: Server = createServer((req, res) =>
    handler(req, res, (error) => {
      res.statusCode = 500;
      res.end(String(error));
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
