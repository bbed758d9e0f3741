import net from 'node:net';
import { enableTcpNoDelay } from '../../src/db/tcp-no-delay';

describe('enableTcpNoDelay', () => {
  it('should switch Nagle off on sockets opened with net.connect, and wrap only once', async () => {
    const server = net.createServer((socket) => socket.end()).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as net.AddressInfo;
    const calls: boolean[] = [];
    const original = net.Socket.prototype.setNoDelay;
    net.Socket.prototype.setNoDelay = function (this: net.Socket, noDelay?: boolean) {
      calls.push(noDelay ?? true);
      return original.call(this, noDelay);
    };
    try {
      enableTcpNoDelay();
      const wrapped = net.connect;
      enableTcpNoDelay();
      expect(net.connect).toBe(wrapped);
      const socket = net.connect(port, '127.0.0.1');
      await new Promise((resolve) => socket.once('close', resolve));
      expect(calls).toContain(true);
    } finally {
      net.Socket.prototype.setNoDelay = original;
      server.close();
    }
  });
});
