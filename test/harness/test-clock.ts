import { Clock } from '@quorum/db';

/** The API's clock in tests: the system's time unless a test sets an instant, e.g. a meeting's day. */
export class TestClock extends Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  set(instant: Date | string): void {
    this.fixed = new Date(instant);
  }

  reset(): void {
    this.fixed = null;
  }

  /** Runs `work` with the API's time at `instant`, then gives the system's time back. */
  async at<T>(instant: Date | string, work: () => Promise<T>): Promise<T> {
    this.set(instant);
    try {
      return await work();
    } finally {
      this.reset();
    }
  }
}
