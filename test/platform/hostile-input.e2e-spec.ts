import { randomUUID } from 'node:crypto';
import { ACCESS_MATRIX } from '../../apps/api/src/auth/access-matrix';
import { theGramBody } from '../harness/fixtures';
import { startTestApp, TestApp } from '../harness/test-app';

/** Payloads a careless or hostile client may send; none of them may cause a 5xx or change anything. */
const HOSTILE_BODIES: unknown[] = [
  [],
  'just a string',
  42,
  { __proto__: { admin: true }, constructor: { prototype: { polluted: true } } },
  { title: { $gt: '' }, name: ["'; DROP TABLE bodies; --"], year: '2027; DELETE FROM meetings' },
  { title: 'x'.repeat(100_000), startsAt: 'tomorrow', year: 1e308, status: 'closed', choice: null },
  { personId: 'not-a-uuid', category: 123, startDate: '2027-02-30', endDate: '0000-00-00', role: 'king' },
  { itemIds: 'all', documents: [{ size: -1, sha256: 'abc' }], proxyHolderMembershipId: randomUUID() },
  { nested: { deeper: { deepest: Array.from({ length: 50 }, () => ({ a: [[[[1]]]] })) } } },
];

const HOSTILE_IDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  "1' OR '1'='1",
  '%00',
  '99999999999999999999',
];

describe('hostile and malformed requests', () => {
  let t: TestApp;
  let gramId: string;
  beforeAll(async () => {
    t = await startTestApp();
    gramId = (await theGramBody(t)).id;
  });
  afterAll(() => t.close());

  const auditCount = async () => Number((await t.sql('SELECT count(*) AS n FROM audit_events'))[0].n);

  it.each(Object.keys(ACCESS_MATRIX))(
    '%s never answers a hostile request with a 5xx, and changes nothing',
    async (route) => {
      const before = await auditCount();
      const [method, pattern] = route.split(' ');
      const statuses = new Set<number>();
      // A real body's id too, so that hostile bodies reach the rules and not only the 404.
      for (const id of [gramId, randomUUID(), ...HOSTILE_IDS]) {
        const path = pattern.replace(/:[A-Za-z]+/g, encodeURIComponent(id));
        if (method === 'GET' || method === 'DELETE') {
          const response = await t.admin.request(method, `${path}?date=yesterday&year=-1&activeOn=x&limit=1e9`);
          if (response.status >= 500)
            throw new Error(`${method} ${path} answered ${response.status}: ${response.text}`);
          continue;
        }
        for (const body of HOSTILE_BODIES) {
          const response = await t.admin.request(method, path, JSON.stringify(body));
          if (response.status >= 500)
            throw new Error(`${method} ${path} answered ${response.status}: ${response.text}`);
          statuses.add(response.status);
        }
      }
      // Reads may ignore what they do not use; a change must refuse every one of these.
      for (const status of statuses) expect(status >= 400 && status < 500 ? '4xx' : status).toBe('4xx');
      expect(await auditCount()).toBe(before);
    },
  );
});
