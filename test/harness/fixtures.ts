import { GRAM, Role } from '@quorum/domain';
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
