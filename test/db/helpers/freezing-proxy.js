/**
 * A TCP proxy in front of a Neo4j server that freezes itself (SIGSTOP) at a chosen point of the
 * Bolt conversation, to play a server that stops answering: `begin` freezes on the client's
 * first BEGIN without passing it on (the transaction never starts), `commit` passes the first
 * COMMIT on and then freezes (the server commits, the client never hears so). With `mute`
 * there is no server at all: connections are accepted and never answered; with `forward` it
 * never freezes by itself (the test stops or kills it); `exit` dies on the first BEGIN, as a
 * server that is killed: connections drop and new ones are refused.
 * Usage: node freezing-proxy.js <begin|commit|exit|mute|forward> [targetPort]; prints "port <n>" when ready
 * and "connected" when the first client connects.
 * Plain JavaScript, so the test can spawn it with node alone and signal exactly this process.
 */
const net = require('node:net');

const [mode, targetPort] = process.argv.slice(2);
// Bolt chunks: a 2-byte size, then the message. BEGIN is a struct of 1 field, tag 0x11 (B1 11),
// followed by its map (A0..AF); COMMIT a struct of no field, tag 0x12, in a chunk of size 2.
const PATTERNS = { begin: [0xb1, 0x11], exit: [0xb1, 0x11], commit: [0x00, 0x02, 0xb0, 0x12, 0x00, 0x00] };

function find(buffer, pattern) {
  for (let i = 0; i + pattern.length <= buffer.length; i += 1) {
    if (pattern.every((b, k) => buffer[i + k] === b) && ((pattern !== PATTERNS.begin && pattern !== PATTERNS.exit) || (buffer[i + 2] & 0xf0) === 0xa0)) return i;
  }
  return -1;
}

let frozen = false;
let seen = false;
const server = net.createServer((client) => {
  if (!seen) process.stdout.write('connected\n');
  seen = true;
  if (mode === 'mute') return;
  const upstream = net.connect(Number(targetPort), '127.0.0.1');
  upstream.on('data', (data) => client.write(data));
  upstream.on('error', () => client.destroy());
  client.on('error', () => upstream.destroy());
  client.on('data', (data) => {
    if (frozen) return;
    const at = mode === 'forward' ? -1 : find(data, PATTERNS[mode]);
    if (at < 0) {
      upstream.write(data);
      return;
    }
    frozen = true;
    if (mode === 'exit') {
      process.stdout.write('exiting\n', () => process.exit(0));
      return;
    }
    if (mode === 'begin') {
      // Everything before the BEGIN's chunk header goes through; the BEGIN does not.
      upstream.write(data.subarray(0, Math.max(0, at - 2)), () => process.kill(process.pid, 'SIGSTOP'));
    } else {
      // Stop as soon as the COMMIT is handed to the kernel: the server's answer can no longer come back.
      upstream.write(data, () => process.kill(process.pid, 'SIGSTOP'));
    }
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`port ${server.address().port}\n`));
