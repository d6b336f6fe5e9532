// Prints a free TCP port on 127.0.0.1. With an argument, prints that port if
// it is free, else another free one (so a restarted server keeps its URL).
// Usage: node scripts/free-port.mjs [preferred-port]
import { createServer } from 'node:net';

function listenOn(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
    });
  });
}

const preferred = Number(process.argv[2]);
let port;
if (Number.isInteger(preferred) && preferred > 0) {
  port = await listenOn(preferred).catch(() => undefined);
}
port ??= await listenOn(0);
console.log(port);
