/**
 * The agenda version a user last read, per meeting, in this browser: so the meeting page can say
 * what changed since. (Kept client-side until the API records it.)
 */
const key = (userId: string, meetingId: string) => `quorum.agendaSeen.${userId}.${meetingId}`;

export function lastSeenVersion(userId: string, meetingId: string): number | undefined {
  const value = Number(localStorage.getItem(key(userId, meetingId)));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export function rememberSeenVersion(userId: string, meetingId: string, version: number): void {
  localStorage.setItem(key(userId, meetingId), String(version));
}
