import { ConflictError } from './errors';
import { assertMayResend, resendAddress } from './delivery';

describe('sending a message again', () => {
  it('is allowed once the mail server refused it for good', () => {
    expect(() => assertMayResend('failed')).not.toThrow();
  });

  it.each(['pending', 'sending', 'sent'])(
    'is refused while the message is %s: the member would get it twice',
    (status) => {
      expect(() => assertMayResend(status)).toThrow(ConflictError);
      expect(() => assertMayResend(status)).toThrow(
        expect.objectContaining({
          code: 'notification.not_failed',
          details: [expect.objectContaining({ field: 'status' })],
        }),
      );
    },
  );

  it('goes to the address the person has now, or the one that failed when none is on file', () => {
    expect(resendAddress('old@example.org', 'new@example.org')).toBe('new@example.org');
    expect(resendAddress('old@example.org', null)).toBe('old@example.org');
    expect(resendAddress('old@example.org', '  ')).toBe('old@example.org');
  });
});
