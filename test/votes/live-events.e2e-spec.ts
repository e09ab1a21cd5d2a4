import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '../../apps/api/src/create-api';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';
import { EventStream } from './event-stream';
import { aVotingSession, VotingSession } from './voting-session';

// Each member's login is created on first use (argon2 is slow by design): time enough on a busy machine.
jest.setTimeout(120_000);

describe('the live stream of a meeting, served by several API processes', () => {
  let t: TestApp;
  let second: NestFastifyApplication;
  let secondUrl: string;
  let s: VotingSession;
  let token: string;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    // A second API on the same database and Redis, as a second process behind a load balancer.
    second = (await createApi(t.config)).app;
    await second.listen({ port: 0, host: '127.0.0.1' });
    secondUrl = await second.getUrl();
    s = await aVotingSession(t, { size: 4 });
    token = (await t.http.post('/auth/login', { email: 'admin@quorum.local', password: 'quorum-admin' })).body
      .accessToken;
  }, 120_000);

  afterAll(async () => {
    streams.forEach((stream) => stream.close());
    await second.close();
    await t.close();
  });

  const open = async (baseUrl: string, meetingId = s.meetingId) => {
    const stream = await EventStream.open(`${baseUrl}/meetings/${meetingId}/events`, token);
    streams.push(stream);
    return stream;
  };

  it('carries poll opened, ballots cast so far and the result to a client of the other process, without choices', async () => {
    const onSecond = await open(secondUrl);
    expect(onSecond.status).toBe(200);
    await onSecond.next((e) => e.type === 'ready', 'ready');

    const poll = await s.anOpenPoll({ method: 'secret' }); // on the first process
    const opened = await onSecond.next((e) => e.type === 'poll.opened', 'poll.opened');
    expect(opened.data).toMatchObject({ pollId: poll.id, method: 'secret', eligible: 4 });
    const quorum = await onSecond.next((e) => e.type === 'quorum', 'quorum');
    expect(quorum.data.quorum).toMatchObject({ present: 4, met: true });

    for (const member of s.members.slice(0, 3)) await member.http.post(`/polls/${poll.id}/ballots`, { choice: 'yes' });
    const third = await onSecond.next((e) => e.type === 'poll.ballots' && e.data.cast === 3, 'three ballots');
    expect(third.data).toEqual({ type: 'poll.ballots', meetingId: s.meetingId, pollId: poll.id, cast: 3, eligible: 4 });

    await s.secretariat.post(`/polls/${poll.id}/close`);
    const closed = await onSecond.next((e) => e.type === 'poll.closed', 'poll.closed');
    expect(closed.data.result).toMatchObject({ yes: 3, cast: 3, eligible: 4, outcome: 'adopted' });
    expect(JSON.stringify(onSecond.events)).not.toMatch(/"choice"/);
  });

  it('delivers the events of its own meeting only', async () => {
    const other = await aVotingSession(t, { size: 2 });
    const onFirst = await open(t.http.baseUrl);
    await onFirst.next((e) => e.type === 'ready', 'ready');
    await other.anOpenPoll({ method: 'roll_call' });
    const poll = await s.anOpenPoll({ method: 'roll_call' });
    const opened = await onFirst.next((e) => e.type === 'poll.opened', 'poll.opened');
    expect(opened.data.pollId).toBe(poll.id);
    expect(onFirst.events.every((e) => e.type === 'ready' || e.data.meetingId === s.meetingId)).toBe(true);
  }, 60_000);

  it('carries attendance and the new quorum as the secretariat records them', async () => {
    const onSecond = await open(secondUrl);
    await onSecond.next((e) => e.type === 'ready', 'ready');
    await s.record(s.members[3], 'absent');
    const attendance = await onSecond.next((e) => e.type === 'attendance', 'attendance');
    expect(attendance.data).toMatchObject({ membershipId: s.members[3].membershipId, status: 'absent' });
    const quorum = await onSecond.next((e) => e.type === 'quorum' && e.data.quorum.present === 3, 'quorum of 3');
    expect(quorum.data.quorum).toMatchObject({ present: 3, met: true });
    await s.record(s.members[3], 'present');
  });

  it('answers 404 for an unknown meeting and 401 without a token', async () => {
    const unknown = await open(t.http.baseUrl, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    const anonymous = await new HttpClient(secondUrl).get(`/meetings/${s.meetingId}/events`);
    expect(anonymous.status).toBe(401);
  });
});
