import { meetingUid } from './calendar';

describe('meetingUid', () => {
  it.each([
    ['4b1f0c1e-2a43-4a4e-9d7b-0f3c2d1e5a6b', undefined, '4b1f0c1e-2a43-4a4e-9d7b-0f3c2d1e5a6b@quorum'],
    ['4b1f0c1e-2a43-4a4e-9d7b-0f3c2d1e5a6b', 'example.org', '4b1f0c1e-2a43-4a4e-9d7b-0f3c2d1e5a6b@example.org'],
  ])('gives meeting %s in domain %s the UID %s', (id, domain, uid) => {
    expect(meetingUid(id, domain)).toBe(uid);
  });
});
