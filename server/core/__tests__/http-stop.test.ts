import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { startHttpServer, stopHttpServer } from '../http';

const answerOk = (_req: unknown, res: { end(body: string): void }) => {
  res.end('ok');
  return true;
};

/** A raw connection to the server, so a test can leave a request half sent. */
function openConnection(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('stopHttpServer', () => {
  it('does not wait on a client that stopped halfway through its request', async () => {
    const server = await startHttpServer([answerOk], 0, '127.0.0.1');
    const { port } = server.address() as AddressInfo;
    const quiet = await openConnection(port);
    // The request line and one header, never the blank line that ends the headers.
    quiet.write('GET /health HTTP/1.1\r\nhost: localhost\r\n');
    const closed = new Promise((resolve) => quiet.once('close', resolve));

    const started = Date.now();
    await stopHttpServer(server, 200);
    const took = Date.now() - started;

    // Without the bound it waits for the headers timeout, 60 s.
    expect(took).toBeGreaterThanOrEqual(150);
    expect(took).toBeLessThan(5_000);
    await closed;
    expect(quiet.destroyed).toBe(true);
  });

  it('lets an answer under way finish, then stops without waiting for the grace to end', async () => {
    let arrived: () => void = () => {};
    const reached = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const slow = (_req: unknown, res: { end(body: string): void }) =>
      new Promise<boolean>((resolve) => {
        arrived();
        setTimeout(() => {
          res.end('late but whole');
          resolve(true);
        }, 300);
      });
    const server = await startHttpServer([slow], 0, '127.0.0.1');
    const { port } = server.address() as AddressInfo;
    const answer = fetch(`http://127.0.0.1:${port}/`).then((response) => response.text());
    await reached;

    const started = Date.now();
    await stopHttpServer(server, 10_000);
    expect(await answer).toBe('late but whole');
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
