import { Role } from '@quorum/domain';
import { randomUUID } from 'node:crypto';
import { HttpClient } from './http-client';
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
  const [person] = await t.sql<{ id: string }>('INSERT INTO people (full_name) VALUES ($1) RETURNING id', [
    `Person ${randomUUID().slice(0, 8)}`,
  ]);
  return person.id;
}
