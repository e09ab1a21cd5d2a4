import Redis from 'ioredis';

/**
 * Deletes every key matching the pattern on the Redis at `url`. Free of the app's configuration
 * module, so the browser tests (compiled by Playwright, without Nest's decorators) can use it too.
 */
export async function deleteRedisKeysAt(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  } catch {
    // No Redis: nothing was written there either.
    redis.disconnect();
  }
}
