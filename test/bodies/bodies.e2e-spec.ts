import { startTestApp, TestApp } from '../harness/test-app';

describe('bodies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has GRAM on a fresh database: 10 associations, 5 researchers, 5 administration, décret 2006-672 defaults', async () => {
    const response = await t.admin.get('/bodies');
    expect(response.status).toBe(200);
    const [gram] = response.body;
    expect(gram.slug).toBe('gram');
    expect(
      gram.categories.map((c: { code: string; label: string; seats: number }) => [c.code, c.label, c.seats]),
    ).toEqual([
      ['association', 'Représentants des associations de malades', 10],
      ['researcher', 'Chercheurs', 5],
      // French typography: the seeded label's straight apostrophes were corrected by a migration.
      ['administration', 'Représentants de l’administration de l’Inserm', 5],
    ]);
    expect(gram).toMatchObject({
      totalSeats: 20,
      meetingsPerYear: 4,
      noticeDays: 5,
      quorum: { base: 'sitting_members', numerator: 1, denominator: 2, countProxies: true },
      defaultMajority: 'simple',
      chairHasCastingVote: true,
      maxProxiesPerMember: 1,
      termYears: 4,
      maxRenewals: 1,
    });
  });

  it('creates another body with its own quotas and GRAM defaults for the rest, and audits it', async () => {
    const created = await t.admin.post('/bodies', {
      slug: 'cest',
      name: "Comité d'éthique",
      categories: [
        { code: 'expert', label: 'Experts', seats: 7 },
        { code: 'citizen', label: 'Citoyens', seats: 3 },
      ],
      noticeDays: 10,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: 'cest', totalSeats: 10, noticeDays: 10, meetingsPerYear: 4 });
    const audit = await t.admin.get(`/audit?entity=body:${created.body.id}`);
    // The audit keeps the body's settings as the domain sees them, not the HTTP response.
    expect(audit.body).toEqual([
      expect.objectContaining({
        action: 'body.create',
        after: expect.objectContaining({ slug: 'cest', noticeDays: 10, categories: created.body.categories }),
      }),
    ]);

    const duplicate = await t.admin.post('/bodies', {
      slug: 'cest',
      name: 'Again',
      categories: [{ code: 'a', label: 'A', seats: 1 }],
    });
    expect(duplicate.status).toBe(409);
  });

  it('updates a body and records before and after', async () => {
    const gram = (await t.admin.get('/bodies')).body.find((b: { slug: string }) => b.slug === 'gram');
    const updated = await t.admin.patch(`/bodies/${gram.id}`, { noticeDays: 7 });
    expect(updated.status).toBe(200);
    expect(updated.body.noticeDays).toBe(7);
    const audit = await t.admin.get(`/audit?entity=body:${gram.id}`);
    const last = audit.body.at(-1);
    expect(last).toMatchObject({ action: 'body.update', before: { noticeDays: 5 }, after: { noticeDays: 7 } });
  });

  it('answers 404 for a body that does not exist', async () => {
    const response = await t.admin.get('/bodies/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('body.not_found');
  });
});
