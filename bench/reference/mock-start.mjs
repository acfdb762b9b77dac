// How long the reference implementation takes to start a mock server, measured the way ContractTesting.ConsumerBench
// `start` measures ours: the same one-interaction pact (GET /users/0 answering a typed user), servers started one after
// another on 127.0.0.1 with a free port, after a warm-up.
//   startMs:         the native core's create-mock-server call (the one PactV4.executeTest makes) until it returns
//                    the bound port;
//   firstResponseMs: the same start plus one request answered over a new connection, sent and read on a raw socket
//                    (no HTTP client library, so neither language's client cost is in the figure).
// Usage: node mock-start.mjs <servers>   Prints one JSON line.
import net from 'node:net';
import { makeConsumerPact } from '@pact-foundation/pact-core';

const count = Number(process.argv[2] ?? 200);
const warmUp = 20;

const pact = makeConsumerPact('BenchConsumer', 'BenchProvider', 5, 'error');
const interaction = pact.newInteraction('a request for user 0');
interaction.givenWithParams('user exists', JSON.stringify({ id: 0 }));
interaction.withRequest('GET', '/users/0');
interaction.withRequestHeader('Accept', 0, 'application/json');
interaction.withStatus(200);
interaction.withResponseHeader('Content-Type', 0, 'application/json');
interaction.withResponseBody(
  JSON.stringify({
    id: { 'pact:matcher:type': 'integer', value: 0 },
    name: { 'pact:matcher:type': 'type', value: 'Ada' },
    email: 'ada@example.com',
  }),
  'application/json',
);

const config = JSON.stringify({ corsPreflight: false });
const start = () => {
  const port = pact.pactffiCreateMockServerForTransport('127.0.0.1', 'http', config, 0);
  if (port <= 0) throw new Error(`the mock server did not start (${port})`);
  return port;
};

// GET /users/0 with Connection: close, read until the server closes the connection.
const get = (port) => new Promise((resolve, reject) => {
  const socket = net.connect(port, '127.0.0.1');
  let text = '';
  socket.setEncoding('latin1');
  socket.on('connect', () => socket.write(
    `GET /users/0 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: application/json\r\nConnection: close\r\n\r\n`));
  socket.on('data', (chunk) => { text += chunk; });
  socket.on('end', () => resolve(text));
  socket.on('error', reject);
});

const startSamples = [];
const firstResponseSamples = [];
for (let i = 0; i < warmUp + count; i++) {
  let began = process.hrtime.bigint();
  let port = start();
  const started = Number(process.hrtime.bigint() - began) / 1e6;
  pact.cleanupMockServer(port);

  began = process.hrtime.bigint();
  port = start();
  const response = await get(port);
  const answered = Number(process.hrtime.bigint() - began) / 1e6;
  if (!response.startsWith('HTTP/1.1 200')) throw new Error(`the mock server answered ${response.split('\r\n')[0]}`);
  pact.cleanupMockServer(port);

  if (i >= warmUp) {
    startSamples.push(started);
    firstResponseSamples.push(answered);
  }
}

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const mean = (samples) => samples.reduce((a, b) => a + b, 0) / samples.length;
console.log(JSON.stringify({
  implementation: 'reference',
  servers: count,
  medianMs: median(startSamples),
  meanMs: mean(startSamples),
  firstResponseMedianMs: median(firstResponseSamples),
}));
