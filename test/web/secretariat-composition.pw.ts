import { randomUUID } from 'node:crypto';
import { aSittingMember, aUserWithRole, withMembers } from '../harness/fixtures';
import { asTestApp, expect, expectNoAxeViolations, logIn, switchToEnglish, test } from './support/fixtures';
import { aBodyOfItsOwn, choose } from './support/secretariat';

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

test.describe('the composition board', () => {
  test('the secretariat creates a person while appointing them, and the seat shows filled', async ({ page, api }) => {
    const body = await aBodyOfItsOwn(api);
    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto(`/app/secretariat/composition?body=${body.id}`);
    await expect(page.getByRole('table', { name: /^Chercheurs — 0 sur 5 sièges, 5 vacants/ })).toBeVisible();

    const name = `Hélène Martin ${randomUUID().slice(0, 4)}`;
    await page.getByRole('button', { name: 'Nouvelle personne' }).click();
    const newPerson = page.getByRole('region', { name: 'Ajouter une personne' });
    await newPerson.getByLabel('Nom complet').fill(name);
    await newPerson.getByLabel('Organisation').fill('Laboratoire de neurosciences');
    await newPerson.getByRole('button', { name: 'Ajouter la personne' }).click();
    await expect(page.getByRole('combobox', { name: 'Personne' })).toHaveValue(
      `${name} (Laboratoire de neurosciences)`,
    );

    await choose(page, /Collège$/, /^Chercheurs/);
    await page.getByRole('button', { name: 'Nommer', exact: true }).click();
    await expect(page.getByText(`Mandat de ${name} enregistré.`)).toBeVisible();
    const researchers = page.getByRole('table', { name: /^Chercheurs — 1 sur 5 sièges, 4 vacants/ });
    await expect(researchers.getByRole('rowheader', { name })).toBeVisible();
  });

  test('appointing to a full category is refused next to the category field', async ({ page, api }) => {
    const body = await aBodyOfItsOwn(api);
    const start = yesterday();
    await withMembers(asTestApp(api), body.id, 5, 'researcher', start);
    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto(`/app/secretariat/composition?body=${body.id}`);
    await page.getByRole('combobox', { name: 'Personne' }).fill('Person');
    await page.getByRole('option').first().click();
    await choose(page, /Collège$/, /^Chercheurs/);
    await page.getByRole('button', { name: 'Nommer', exact: true }).click();
    await expect(page.getByRole('button', { name: /Collège$/ })).toHaveAccessibleDescription(
      /Ce collège est complet à cette date/,
    );
  });

  test('ending a mandate frees its seat on the board', async ({ page, api }) => {
    const body = await aBodyOfItsOwn(api);
    const seat = await aSittingMember(asTestApp(api), body.id, 'administration');
    const person = (await api.admin.get(`/people/${seat.personId}`)).body;
    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto(`/app/secretariat/composition?body=${body.id}`);
    const administration = page.getByRole('table', {
      name: /^Représentants de l’administration de l’Inserm — 1 sur 5/,
    });
    await administration.getByRole('button', { name: `Mettre fin au mandat de ${person.fullName}` }).click();
    const form = page.getByRole('form', { name: `Fin du mandat de ${person.fullName}` });
    await form.getByLabel('Dernier jour du mandat').fill(yesterday());
    await form.getByLabel('Motif (facultatif)').fill('Démission');
    await form.getByRole('button', { name: 'Confirmer la fin du mandat' }).click();
    await expect(
      page.getByRole('table', { name: /^Représentants de l’administration de l’Inserm — 0 sur 5/ }),
    ).toBeVisible();
    const mandates = await api.admin.get(`/bodies/${body.id}/memberships`);
    expect(mandates.body.find((m: { id: string }) => m.id === seat.membershipId)).toMatchObject({
      endDate: yesterday(),
      endReason: 'Démission',
    });
  });
});

test.describe('the people and the schedule', () => {
  test('the secretariat finds a person by a part of the name, accents aside', async ({ page, api }) => {
    const tag = randomUUID().slice(0, 6);
    await api.admin.post('/people', { fullName: `Zoé Lefèvre ${tag}`, organisation: 'AFM-Téléthon' });
    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto('/app/secretariat/people');
    await page.getByRole('searchbox', { name: 'Rechercher une personne' }).fill(`lefevre ${tag}`);
    await expect(page.getByRole('table', { name: '1 personne' }).getByRole('rowheader')).toHaveText(
      `Zoé Lefèvre ${tag}`,
    );
  });

  test('the secretariat corrects a person’s address; an address another person has is refused beside the field; no axe violation in French and English', async ({
    page,
    api,
  }) => {
    const tag = randomUUID().slice(0, 6);
    const zoe = (await api.admin.post('/people', { fullName: `Zoé Lefèvre ${tag}`, email: `zoe-${tag}@example.org` }))
      .body;
    await api.admin.post('/people', { fullName: `Karim Benali ${tag}`, email: `karim-${tag}@example.org` });
    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto('/app/secretariat/people');
    await page.getByRole('searchbox', { name: 'Rechercher une personne' }).fill(tag);
    await expect(page.getByRole('table', { name: '2 personnes' })).toBeVisible();

    await page.getByRole('button', { name: `Modifier la fiche de Zoé Lefèvre ${tag}` }).click();
    const record = page.getByRole('region', { name: `Modifier la fiche de Zoé Lefèvre ${tag}` });
    await expect(record.getByRole('heading')).toBeFocused();
    const email = record.getByRole('textbox', { name: 'Adresse électronique' });
    await expect(email).toHaveValue(`zoe-${tag}@example.org`);
    await expectNoAxeViolations(page);

    await email.fill(`karim-${tag}@example.org`);
    await record.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect(email).toHaveAccessibleDescription(
      /Une autre personne a déjà cette adresse\s: vérifiez qu’il ne s’agit pas de la même personne\.$/,
    );
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    expect((await api.admin.get(`/people/${zoe.id}`)).body.email).toBe(`zoe-${tag}@example.org`);

    await email.fill(`zoe.lefevre-${tag}@example.org`);
    await record.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect(page.getByRole('status')).toHaveText(`Fiche de Zoé Lefèvre ${tag} enregistrée.`);
    await expect(page.getByRole('rowheader', { name: `Zoé Lefèvre ${tag}` })).toBeFocused();
    await expect(page.getByRole('row', { name: new RegExp(`Zoé Lefèvre ${tag}`) })).toContainText(
      `zoe.lefevre-${tag}@example.org`,
    );
    expect((await api.admin.get(`/people/${zoe.id}`)).body.email).toBe(`zoe.lefevre-${tag}@example.org`);

    await switchToEnglish(page);
    await page.getByRole('button', { name: `Edit the record of Zoé Lefèvre ${tag}` }).click();
    await expect(page.getByRole('heading', { name: `Edit the record of Zoé Lefèvre ${tag}` })).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('the secretariat plans a year, then creates an extraordinary meeting and lands on its preparation', async ({
    page,
    api,
  }) => {
    const body = await aBodyOfItsOwn(api);
    const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
    await logIn(page, secretariat.email);
    await page.goto(`/app/secretariat/schedule?body=${body.id}`);
    await page.getByRole('spinbutton', { name: 'Année' }).fill('2031');
    await page.getByRole('button', { name: 'Planifier l’année' }).click();
    await expect(page.getByText('4 séances créées pour 2031.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: '2031-Q' })).toHaveCount(4);
    await page.getByRole('button', { name: 'Planifier l’année' }).click();
    await expect(page.getByText('L’année 2031 était déjà planifiée : aucune séance ajoutée.')).toBeVisible();

    const create = page.getByRole('region', { name: 'Créer une séance' });
    await create.getByLabel('Intitulé').fill('Séance extraordinaire sur la stratégie 2032');
    await create.getByLabel('Date').fill('2031-06-18');
    await create.getByLabel('Heure de début').fill('10:00');
    await create.getByRole('button', { name: 'Créer la séance' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Préparer : Séance extraordinaire sur la stratégie 2032' }),
    ).toBeVisible();
    await expect(page.getByText('mercredi 18 juin 2031 à 10:00')).toBeVisible();
  });
});
