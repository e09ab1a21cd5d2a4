import { aPerson, aUserWithRole } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';

describe('people', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  beforeAll(async () => {
    t = await startTestApp();
    secretariat = (await aUserWithRole(t, 'secretariat')).http;
  });
  afterAll(() => t.close());

  const peopleCount = async () => Number((await t.sql('SELECT count(*) AS n FROM people'))[0].n);

  it('creates a person with their organisation, lower-cases the email, and audits it', async () => {
    const created = await secretariat.post('/people', {
      fullName: 'Marie Dupont',
      email: 'Marie.Dupont@Example.org',
      organisation: 'AFM-Téléthon',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      fullName: 'Marie Dupont',
      email: 'marie.dupont@example.org',
      organisation: 'AFM-Téléthon',
    });
    expect((await secretariat.get(`/people/${created.body.id}`)).body).toEqual(created.body);
    const audit = await t.admin.get(`/audit?entity=person:${created.body.id}`);
    expect(audit.body).toEqual([expect.objectContaining({ action: 'person.create', after: created.body })]);
  });

  it('refuses a second person with the same email, whatever its case, with 409 naming email', async () => {
    await aPerson(t, { email: 'twin@example.org' });
    const before = await peopleCount();
    const twin = await secretariat.post('/people', { fullName: 'Twin', email: 'TWIN@example.org' });
    expect(twin.status).toBe(409);
    expect(twin.body.details).toEqual([expect.objectContaining({ field: 'email', code: 'person.email_taken' })]);
    expect(await peopleCount()).toBe(before);
  });

  it('changes an organisation and clears an email, recording before and after', async () => {
    const person = await aPerson(t, { organisation: 'Inserm U1234' });
    const changed = await secretariat.patch(`/people/${person.id}`, { organisation: 'Inserm U5678', email: null });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ ...person, organisation: 'Inserm U5678', email: null });
    const [last] = (await t.admin.get(`/audit?entity=person:${person.id}`)).body.slice(-1);
    expect(last).toMatchObject({
      action: 'person.update',
      before: { organisation: 'Inserm U1234', email: person.email },
      after: { organisation: 'Inserm U5678', email: null },
    });
  });

  it.each([
    ['a missing name', { email: 'x@example.org' }, 'fullName'],
    ['a blank name', { fullName: '   ' }, 'fullName'],
    ['a malformed email', { fullName: 'X', email: 'not-an-email' }, 'email'],
  ])('refuses %s with 400 naming the field, and stores nothing', async (_, payload, field) => {
    const before = await peopleCount();
    const response = await secretariat.post('/people', payload);
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await peopleCount()).toBe(before);
  });

  it('refuses to clear a name with null, with 400 naming fullName', async () => {
    const person = await aPerson(t);
    const response = await secretariat.patch(`/people/${person.id}`, { fullName: null });
    expect(response.status).toBe(400);
    expect(response.body.details).toContainEqual(
      expect.objectContaining({ field: 'fullName', code: 'validation.not_null' }),
    );
    expect((await secretariat.get(`/people/${person.id}`)).body.fullName).toBe(person.fullName);
  });

  it('answers 404 for a person that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await secretariat.get(`/people/${missing}`)).status).toBe(404);
    expect((await secretariat.patch(`/people/${missing}`, { organisation: 'X' })).status).toBe(404);
  });

  it('shows emails to the secretariat and to the person themselves, not to other members or the direction', async () => {
    const someone = await aPerson(t, { email: 'someone@example.org' });
    const self = await aPerson(t, { email: 'self@example.org' });
    const member = (await aUserWithRole(t, 'member', self.id)).http;
    const direction = (await aUserWithRole(t, 'direction')).http;

    expect((await secretariat.get(`/people/${someone.id}`)).body.email).toBe('someone@example.org');
    expect((await member.get(`/people/${self.id}`)).body.email).toBe('self@example.org');
    for (const reader of [member, direction]) {
      const seen = await reader.get(`/people/${someone.id}`);
      expect(seen.body).toEqual({ id: someone.id, fullName: someone.fullName, organisation: someone.organisation });
      const listed = (await reader.get('/people')).body.find((p: { id: string }) => p.id === someone.id);
      expect(listed).not.toHaveProperty('email');
    }
  });

  it('lets members read people but not create or change them (403)', async () => {
    const member = (await aUserWithRole(t, 'member')).http;
    const person = await aPerson(t);
    expect((await member.get('/people')).status).toBe(200);
    expect((await member.post('/people', { fullName: 'Intruder' })).status).toBe(403);
    expect((await member.patch(`/people/${person.id}`, { fullName: 'Renamed' })).status).toBe(403);
  });
});
