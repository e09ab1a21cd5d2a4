import { classifyDeliveryFailure, PermanentDeliveryError, TemporaryDeliveryError } from './delivery-errors';
import { messageIdFor } from './message-id';

const smtp = (responseCode: number, code = 'EENVELOPE') =>
  Object.assign(new Error(`${responseCode} reply`), { responseCode, code });
const socket = (code: string) => Object.assign(new Error(code), { code });

describe('classifyDeliveryFailure', () => {
  it.each([
    ['a 421 (service closing)', 'temporary', smtp(421, 'ECONNECTION')],
    ['a 450 (mailbox busy)', 'temporary', smtp(450)],
    ['a 451 (greylisted)', 'temporary', smtp(451)],
    ['a 452 (storage full)', 'temporary', smtp(452)],
    ['a 503 (bad sequence: the session, not the message)', 'temporary', smtp(503, 'EPROTOCOL')],
    ['a refused connection', 'temporary', socket('ECONNREFUSED')],
    ['a timeout', 'temporary', socket('ETIMEDOUT')],
    ['a dropped connection', 'temporary', socket('ECONNECTION')],
    ['a DNS failure', 'temporary', socket('EDNS')],
    ['a full disk while writing the .eml', 'temporary', socket('ENOSPC')],
    ['a 550 (no such mailbox)', 'permanent', smtp(550)],
    ['a 552 (message too big)', 'permanent', smtp(552, 'EMESSAGE')],
    ['a 554 (refused as spam)', 'permanent', smtp(554)],
    ['a 535 (bad credentials)', 'permanent', smtp(535, 'EAUTH')],
    ['an outbox that cannot be written', 'permanent', socket('EACCES')],
    ['anything unexpected', 'permanent', new TypeError('boom')],
  ])('classifies %s as %s', (_what, kind, error) => {
    const temporary = kind === 'temporary';
    const classified = classifyDeliveryFailure(error);
    expect(classified).toBeInstanceOf(temporary ? TemporaryDeliveryError : PermanentDeliveryError);
    expect(classified.temporary).toBe(temporary);
    expect(classified.cause).toBe(error);
  });

  it('keeps the SMTP reply code and text for the delivery log', () => {
    expect(classifyDeliveryFailure(smtp(550))).toMatchObject({ responseCode: 550, message: '550 reply' });
  });
});

describe('messageIdFor', () => {
  it('is the same for the same event × recipient and differs otherwise', () => {
    expect(messageIdFor('convocation:m1:p1', 'example.org')).toBe(messageIdFor('convocation:m1:p1', 'example.org'));
    expect(messageIdFor('convocation:m1:p1', 'example.org')).not.toBe(messageIdFor('convocation:m1:p2', 'example.org'));
    expect(messageIdFor('convocation:m1:p1', 'example.org')).toMatch(/^<[0-9a-f]{32}@example\.org>$/);
  });

  it('refuses an empty idempotency key', () => {
    expect(() => messageIdFor(' ', 'example.org')).toThrow(RangeError);
  });
});
