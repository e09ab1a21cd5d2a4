import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { aUserWithRole } from '../harness/fixtures';
import { asTestApp, expect, expectNoAxeViolations, logIn, switchToEnglish, test } from './support/fixtures';
import { aPreparedMeeting, logInAs } from './support/secretariat';

type Role = 'admin' | 'secretariat' | 'direction' | 'member';

/** Each page of the secretariat, direction and admin, by the roles that see it, with its title in each language. */
function pagesOf(ids: { bodyId: string; meetingId: string }) {
  const staff: Role[] = ['secretariat', 'admin'];
  return [
    {
      path: `/app/secretariat/schedule?body=${ids.bodyId}`,
      fr: 'Calendrier des séances',
      en: 'Meeting schedule',
      roles: staff,
    },
    {
      path: `/app/secretariat/composition?body=${ids.bodyId}`,
      fr: 'Gestion de la composition',
      en: 'Manage composition',
      roles: staff,
    },
    { path: '/app/secretariat/people', fr: 'Personnes', en: 'People', roles: staff },
    { path: `/app/secretariat/meetings/${ids.meetingId}`, fr: /^Préparer/, en: /^Prepare/, roles: staff },
    {
      path: `/app/meetings/${ids.meetingId}/versions`,
      fr: /^Versions de l’ordre du jour/,
      en: /^Agenda versions/,
      roles: ['secretariat', 'admin', 'direction', 'member'] as Role[],
    },
    {
      path: '/app/direction',
      fr: 'Vue d’ensemble des instances',
      en: 'Overview of the bodies',
      roles: ['direction'] as Role[],
    },
    { path: '/app/admin/users', fr: 'Utilisateurs', en: 'Users', roles: ['admin'] as Role[] },
    { path: '/app/admin/audit', fr: 'Journal d’audit', en: 'Audit log', roles: ['admin'] as Role[] },
  ];
}

async function openPage(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // Wait for the page's data, not a timer: no "Loading…" left anywhere.
  await expect(page.getByText(/^(Chargement|Loading)…$/)).toHaveCount(0);
  // Each page is opened with data the role may read: nothing refused.
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test.describe('accessibility of the secretariat, direction and admin pages', () => {
  for (const role of ['secretariat', 'admin', 'direction', 'member'] as Role[]) {
    for (const language of ['fr', 'en'] as const) {
      test(`axe finds no violation on the ${role}'s pages in ${language === 'fr' ? 'French' : 'English'}`, async ({
        page,
        api,
      }) => {
        test.slow(); // up to seven pages, each loaded then scanned whole
        const ids = await aPreparedMeeting(api);
        if (role === 'member') await logIn(page, ids.member.email);
        else await logInAs(page, api, role);
        if (language === 'en') await switchToEnglish(page);
        for (const pageOfRole of pagesOf(ids).filter((p) => p.roles.includes(role))) {
          await openPage(page, pageOfRole.path, pageOfRole[language]);
          await expectNoAxeViolations(page);
        }
      });
    }
  }

  const sizes = [
    { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
    { name: '360px', viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 },
    // 200 % zoom of a 1280 px window: a 640 CSS px viewport drawn at twice the density.
    { name: 'zoom200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
  ];
  for (const size of sizes) {
    test(`the main pages fit ${size.name} without sideways scrolling (screenshots in docs/ with QUORUM_SCREENSHOTS=1)`, async ({
      browser,
      api,
    }, testInfo) => {
      test.slow(); // five pages, two people
      const ids = await aPreparedMeeting(api);
      const secretariat = await aUserWithRole(asTestApp(api), 'secretariat');
      const direction = await aUserWithRole(asTestApp(api), 'direction');
      const folder = process.env.QUORUM_SCREENSHOTS
        ? join(__dirname, '../../docs')
        : testInfo.outputPath('screenshots');
      mkdirSync(folder, { recursive: true });
      const shots = [
        {
          name: 'meeting-prep',
          path: `/app/secretariat/meetings/${ids.meetingId}`,
          heading: /^Préparer/,
          as: secretariat,
          everySize: true,
        },
        {
          name: 'composition',
          path: `/app/secretariat/composition?body=${ids.bodyId}`,
          heading: 'Gestion de la composition',
          as: secretariat,
          everySize: true,
        },
        {
          name: 'schedule',
          path: `/app/secretariat/schedule?body=${ids.bodyId}`,
          heading: 'Calendrier des séances',
          as: secretariat,
          everySize: false,
        },
        {
          name: 'versions',
          path: `/app/meetings/${ids.meetingId}/versions`,
          heading: /^Versions de l’ordre du jour/,
          as: secretariat,
          everySize: false,
        },
        {
          name: 'direction',
          path: '/app/direction',
          heading: 'Vue d’ensemble des instances',
          as: direction,
          everySize: false,
        },
      ];
      for (const who of [secretariat, direction]) {
        const context = await browser.newContext({
          viewport: size.viewport,
          deviceScaleFactor: size.deviceScaleFactor,
        });
        const page = await context.newPage();
        await logIn(page, who.email);
        for (const shot of shots.filter((s) => s.as === who)) {
          await openPage(page, shot.path, shot.heading);
          // A string, run in the page: this file is compiled without the DOM's types.
          const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
          expect(overflow, `${shot.name} at ${size.name} scrolls sideways`).toBeLessThanOrEqual(0);
          if (shot.everySize || size.name === 'desktop') {
            await page.screenshot({
              path: join(folder, `web-secretariat-${shot.name}-${size.name}.png`),
              fullPage: true,
            });
          }
        }
        await context.close();
      }
    });
  }
});
