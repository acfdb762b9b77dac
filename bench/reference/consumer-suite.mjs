// One consumer test per interaction, as a suite of N tests would run them through the reference implementation:
// define the interaction, start a mock server, call it, verify, and write (merge) the pact file.
// Usage: node consumer-suite.mjs <interactions> <pact-dir>   Prints one JSON line with the timings.
import { PactV4, MatchersV3 } from '@pact-foundation/pact';

const count = Number(process.argv[2] ?? 100);
const dir = process.argv[3] ?? 'pacts';
const started = process.hrtime.bigint();
let half = started;

for (let i = 0; i < count; i++) {
  if (i === Math.floor(count / 2)) half = process.hrtime.bigint();
  const pact = new PactV4({ consumer: 'BenchConsumer', provider: 'BenchProvider', dir, logLevel: 'error' });
  await pact
    .addInteraction()
    .given('user exists', { id: i })
    .uponReceiving(`a request for user ${i}`)
    .withRequest('GET', `/users/${i}`, (b) => b.headers({ Accept: 'application/json' }))
    .willRespondWith(200, (b) =>
      b.jsonBody({ id: MatchersV3.integer(i), name: MatchersV3.string('Ada'), email: MatchersV3.email() }))
    .executeTest(async (server) => {
      const response = await fetch(`${server.url}/users/${i}`, { headers: { Accept: 'application/json' } });
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      await response.json();
    });
}

const ended = process.hrtime.bigint();
const seconds = Number(ended - started) / 1e9;
// The tests of the second half (each writes the pact file, as the reference does after every test).
const secondHalfMsPerTest = Number(ended - half) / 1e6 / (count - Math.floor(count / 2));
console.log(JSON.stringify({ implementation: 'reference', interactions: count, seconds, msPerInteraction: (seconds * 1000) / count, secondHalfMsPerTest }));
