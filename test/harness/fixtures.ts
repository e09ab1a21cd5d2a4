import { GRAM } from '@quorum/db';
import { Role } from '@quorum/domain';
import { randomUUID } from 'node:crypto';
import { HttpClient, TestResponse } from './http-client';
import { TestApp } from './test-app';

/** The seeded GRAM body, as the API returns it. */
export async function theGramBody(t: TestApp): Promise<{ id: string; categories: { code: string; seats: number }[] }> {
  const response = await t.admin.get('/bodies');
  const gram = response.body.find((b: { slug: string }) => b.slug === 'gram');
  if (!gram) throw new Error('GRAM is missing from a fresh database');
  return gram;
}

/** Creates a login with the given role (and a person for members) and returns its client. */
export async function aUserWithRole(
  t: TestApp,
  role: Role,
  personId?: string,
): Promise<{ http: HttpClient; id: string; email: string }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.org`;
  const password = 'correct horse battery staple';
  const created = await t.admin.post('/users', {
    email,
    password,
    role,
    ...(role === 'member' ? { personId: personId ?? (await aPersonId(t)) } : {}),
  });
  if (created.status !== 201) throw new Error(`Could not create a ${role}: ${created.text}`);
  const login = await t.http.post('/auth/login', { email, password });
  return { http: t.http.as(login.body.accessToken), id: created.body.id, email };
}

/** A person a member login can point at. */
export async function aPersonId(t: TestApp): Promise<string> {
  return (await aPerson(t)).id;
}

export interface PersonFixture {
  id: string;
  fullName: string;
  email?: string | null;
  organisation: string | null;
}

/** Creates a person through the API (POST /people); the overrides replace the generated fields. */
export async function aPerson(
  t: TestApp,
  overrides: { fullName?: string; email?: string | null; organisation?: string | null } = {},
): Promise<PersonFixture> {
  const tag = randomUUID().slice(0, 8);
  const created = await t.admin.post('/people', {
    fullName: `Person ${tag}`,
    email: `person-${tag}@example.org`,
    organisation: `Organisation ${tag}`,
    ...overrides,
  });
  if (created.status !== 201) throw new Error(`Could not create a person: ${created.text}`);
  return created.body;
}

/** A body shaped like GRAM (10/5/5 seats, four-year terms renewable once) under a new slug, for a test of its own. */
export async function aGramLikeBody(t: TestApp, overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
  const slug = `body-${randomUUID().slice(0, 8)}`;
  const created = await t.admin.post('/bodies', { slug, name: slug, categories: GRAM.categories, ...overrides });
  if (created.status !== 201) throw new Error(`Could not create a body: ${created.text}`);
  return created.body;
}

export interface Appointment {
  personId: string;
  category: string;
  startDate: string;
  role?: 'chair' | 'vice_chair' | 'member';
  endDate?: string;
  endReason?: string;
}

/** POST /bodies/:bodyId/memberships, as the admin unless another client is given; the response is the test's to check. */
export function appoint(
  t: TestApp,
  bodyId: string,
  appointment: Appointment,
  as: HttpClient = t.admin,
): Promise<TestResponse> {
  return as.post(`/bodies/${bodyId}/memberships`, appointment);
}

/** Seats `count` new people in a category from `startDate`, each for a full term; returns their mandates. */
export async function withMembers(
  t: TestApp,
  bodyId: string,
  count: number,
  category: string,
  startDate: string,
): Promise<{ id: string; personId: string; fullName: string }[]> {
  const mandates = [];
  for (let i = 0; i < count; i += 1) {
    const person = await aPerson(t);
    const response = await appoint(t, bodyId, { personId: person.id, category, startDate });
    if (response.status !== 201) throw new Error(`Could not appoint to ${category}: ${response.text}`);
    mandates.push(response.body);
  }
  return mandates;
}

/**
 * A new person appointed through the API to a mandate of `category` in the body; by default the
 * mandate began a year ago and runs its full term, so it sits for every meeting a test plans.
 */
export async function aSittingMember(
  t: TestApp,
  bodyId: string,
  category: string,
  mandate: { role?: 'chair' | 'vice_chair' | 'member'; startDate?: string; endDate?: string } = {},
): Promise<{ membershipId: string; personId: string }> {
  const personId = await aPersonId(t);
  const startDate = mandate.startDate ?? new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const response = await appoint(t, bodyId, { personId, category, ...mandate, startDate });
  if (response.status !== 201) throw new Error(`Could not appoint to ${category}: ${response.text}`);
  return { membershipId: response.body.id, personId };
}

/** GRAM with all 20 seats filled: membership ids by category, and all of them in seat order. */
export async function aFullGram(
  t: TestApp,
  bodyId: string,
): Promise<{ association: string[]; researcher: string[]; administration: string[]; all: string[] }> {
  const seats = { association: 10, researcher: 5, administration: 5 };
  const ids = { association: [] as string[], researcher: [] as string[], administration: [] as string[] };
  for (const [category, count] of Object.entries(seats) as [keyof typeof seats, number][]) {
    for (let i = 0; i < count; i++) ids[category].push((await aSittingMember(t, bodyId, category)).membershipId);
  }
  return { ...ids, all: [...ids.association, ...ids.researcher, ...ids.administration] };
}

/** An ISO 8601 instant `days` from now, with its offset, for meetings that must not depend on today's date. */
export function daysFromNow(days: number, hours = 0): string {
  return new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString();
}

/** An extraordinary meeting of the body, `days` ahead (30 unless said), as the API returns it. */
export async function aMeeting(t: TestApp, bodyId: string, days = 30, fields: Record<string, unknown> = {}) {
  const response = await t.admin.post(`/bodies/${bodyId}/meetings`, {
    title: `Séance ${randomUUID().slice(0, 8)}`,
    startsAt: daysFromNow(days),
    ...fields,
  });
  if (response.status !== 201) throw new Error(`Could not create a meeting: ${response.text}`);
  return response.body;
}

/** A meeting with one decision item on a published agenda, convened with due notice. */
export async function aConvenedMeeting(t: TestApp, bodyId: string, days = 30) {
  const meeting = await aMeeting(t, bodyId, days);
  await t.admin.post(`/meetings/${meeting.id}/agenda/items`, { title: 'Avis sur la stratégie', kind: 'decision' });
  const published = await t.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
  if (published.status !== 201) throw new Error(`Could not publish: ${published.text}`);
  const convened = await t.admin.post(`/meetings/${meeting.id}/convene`, {});
  if (convened.status !== 200) throw new Error(`Could not convene: ${convened.text}`);
  return convened.body;
}
