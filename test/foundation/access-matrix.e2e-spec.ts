import { ROLES, Role } from '@quorum/domain';
import { randomUUID } from 'node:crypto';
import { Access, ACCESS_MATRIX, PUBLIC } from '../../apps/api/src/auth/access-matrix';
import { aUserWithRole } from '../harness/fixtures';
import { HttpClient } from '../harness/http-client';
import { startTestApp, TestApp } from '../harness/test-app';

/** Routes served outside the controllers (OpenAPI UI and document). */
const NOT_CONTROLLERS = /^(GET|HEAD) \/docs/;

describe('the route-by-role matrix', () => {
  let t: TestApp;
  const clients = {} as Record<Role, HttpClient>;
  const logIn = async () => {
    for (const role of ROLES) clients[role] = (await aUserWithRole(t, role)).http;
  };
  beforeAll(async () => {
    t = await startTestApp();
    await logIn();
  });
  afterAll(() => t.close());

  it('declares every route the API serves, and only those', () => {
    const served = t.routes.filter((r) => !NOT_CONTROLLERS.test(r) && !r.startsWith('OPTIONS')).sort();
    expect(served).toEqual(Object.keys(ACCESS_MATRIX).sort());
  });

  const entries = Object.entries(ACCESS_MATRIX) as [string, Access][];
  it.each(entries)('%s reaches exactly the roles it lists', async (route, access) => {
    const [method, pattern] = route.split(' ');
    const path = pattern.replace(/:[A-Za-z]+/g, () => randomUUID());
    const body = method === 'GET' || method === 'DELETE' ? undefined : {};

    const anonymous = await t.http.request(method, path, body);
    if (access === PUBLIC) {
      expect(anonymous.status).not.toBe(401);
    } else {
      expect(anonymous.status).toBe(401);
    }
    for (const role of ROLES) {
      const response = await clients[role].request(method, path, body);
      const allowed = access === PUBLIC || access.includes(role);
      if (allowed) expect([role, response.status]).not.toEqual([role, 403]);
      else expect([role, response.status]).toEqual([role, 403]);
      expect(response.status).toBeLessThan(500);
    }
    // Logging out revokes the callers' tokens: the next routes need fresh ones.
    if (route === 'POST /auth/logout') await logIn();
  });
});
