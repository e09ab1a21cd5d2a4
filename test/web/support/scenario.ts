import { aGramLikeBody, aMeeting, aPerson, appoint, aUserWithRole } from '../../harness/fixtures';
import type { HttpClient } from '../../harness/http-client';
import { type ApiClients, asTestApp } from './fixtures';

export interface MeetingScenario {
  bodyId: string;
  meetingId: string;
  meetingTitle: string;
  /** The member who logs in: Camille Martin (association). */
  member: { email: string; membershipId: string; http: HttpClient };
  /** Sitting colleagues, by name: who may hold the proxy. */
  colleagues: Record<'Bernard Durand' | 'Claire Petit' | 'David Leroy', string>;
  secretariat: { email: string; http: HttpClient };
}

const aYearAgo = () => new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);

/**
 * A body of its own (so tests run in parallel), four sitting members, a convened meeting with a
 * published agenda, a member login and a secretariat login; Bernard is already recorded present,
 * so the quorum (2 of 4) is not met until someone gives him a proxy.
 */
export async function aMeetingScenario(
  api: ApiClients,
  options: { startsSoon?: boolean } = {},
): Promise<MeetingScenario> {
  const t = asTestApp(api);
  const body = await aGramLikeBody(t, { name: 'Groupe de réflexion avec les associations de malades' });
  const seat = async (fullName: string, organisation: string, category: string) => {
    const person = await aPerson(t, { fullName, organisation });
    const mandate = await appoint(t, body.id, { personId: person.id, category, startDate: aYearAgo() });
    if (mandate.status !== 201) throw new Error(`Could not appoint ${fullName}: ${mandate.text}`);
    return { personId: person.id, membershipId: mandate.body.id as string };
  };
  const camille = await seat('Camille Martin', 'Association française des myopathies', 'association');
  const bernard = await seat('Bernard Durand', 'France Alzheimer', 'association');
  const claire = await seat('Claire Petit', 'Inserm U1234', 'researcher');
  const david = await seat('David Leroy', 'Inserm, direction de la stratégie', 'administration');

  // Three weeks ahead, at 13:00 UTC (14:00 or 15:00 in Paris): within the notice period, and a sober title.
  // `startsSoon`: a minute from now, convened urgently, so that the board may open it (a meeting opens on its day).
  const startsAt = options.startsSoon
    ? new Date(Date.now() + 60_000).toISOString()
    : new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10) + 'T13:00:00.000Z';
  const meeting = await aMeeting(t, body.id, 21, {
    title: `Séance plénière ${body.id.slice(0, 4)}`,
    startsAt,
    location: 'Inserm, 101 rue de Tolbiac, 75013 Paris',
  });
  await api.admin.post(`/meetings/${meeting.id}/agenda/items`, { title: 'Avis sur la stratégie', kind: 'decision' });
  const published = await api.admin.post(`/meetings/${meeting.id}/agenda/publish`, {});
  if (published.status !== 201) throw new Error(`Could not publish: ${published.text}`);
  const convened = await api.admin.post(
    `/meetings/${meeting.id}/convene`,
    options.startsSoon ? { urgent: true, reason: 'Séance avancée à la demande de la présidence' } : {},
  );
  if (convened.status !== 200) throw new Error(`Could not convene: ${convened.text}`);
  await api.admin.post(`/meetings/${meeting.id}/agenda/items`, {
    title: 'Bilan du partenariat avec les associations',
    kind: 'discussion',
    presenter: 'Claire Petit',
    durationMinutes: 30,
  });
  const republished = await api.admin.post(`/meetings/${meeting.id}/agenda/publish`, {
    changeNote: 'Ajout du bilan du partenariat',
  });
  if (republished.status !== 201) throw new Error(`Could not republish: ${republished.text}`);
  const member = await aUserWithRole(t, 'member', camille.personId);
  const secretariat = await aUserWithRole(t, 'secretariat');
  const present = await secretariat.http.put(`/meetings/${meeting.id}/attendance/${bernard.membershipId}`, {
    status: 'present',
  });
  if (present.status !== 200) throw new Error(`Could not record Bernard present: ${present.text}`);
  return {
    bodyId: body.id,
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    member: { email: member.email, membershipId: camille.membershipId, http: member.http },
    colleagues: {
      'Bernard Durand': bernard.membershipId,
      'Claire Petit': claire.membershipId,
      'David Leroy': david.membershipId,
    },
    secretariat: { email: secretariat.email, http: secretariat.http },
  };
}
