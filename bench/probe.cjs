// Preloaded (node -r ./bench/probe.cjs) into Quorum and the bare server by the bench only, never in
// production: counts the SQL statements the process sends (every one goes through pg's
// Client.prototype.query, TypeORM's included) and answers the bench over the IPC channel:
//   'sample'            → { cpuMicros, statements }   (process.cpuUsage(): user + system, every thread)
//   'profile:start'     → starts the V8 CPU profiler  → { ok: true }
//   { profileTo: file } → stops it, writes the .cpuprofile → { ok: true }
// The channel is unref'd: it never keeps a stopping server alive.
/* eslint-disable @typescript-eslint/no-require-imports */
/* global process */
const path = require('node:path');
const { writeFileSync } = require('node:fs');
const { Session } = require('node:inspector');

if (process.send) {
  const { Client } = require(require.resolve('pg', { paths: [path.resolve(__dirname, '..')] }));
  const query = Client.prototype.query;
  let statements = 0;
  Client.prototype.query = function countedQuery(...args) {
    statements += 1;
    return query.apply(this, args);
  };

  let session;
  const post = (method, params) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );

  const answer = async (message) => {
    if (message === 'sample') {
      const { user, system } = process.cpuUsage();
      return { cpuMicros: user + system, statements };
    }
    if (message === 'profile:start') {
      session = new Session();
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 100 });
      await post('Profiler.start');
      return { ok: true };
    }
    if (message && typeof message.profileTo === 'string') {
      const { profile } = await post('Profiler.stop');
      writeFileSync(message.profileTo, JSON.stringify(profile));
      session.disconnect();
      return { ok: true };
    }
    return { error: `unknown probe message ${JSON.stringify(message)}` };
  };

  process.on('message', (message) => {
    answer(message).then(
      (reply) => process.send(reply),
      (error) => process.send({ error: String(error) }),
    );
  });
  process.channel.unref();
}
