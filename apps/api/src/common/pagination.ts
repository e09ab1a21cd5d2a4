import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { ValidationError } from '@quorum/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Lists are paginated by `limit` and `offset`: the body stays a plain JSON array, and a page that
 * is not the last carries a `Link: <…>; rel="next"` header (RFC 8288) with the absolute URL of the
 * next one, under `PUBLIC_URL` (so that it holds behind a proxy that serves the API under a path).
 * Offsets suit lists in a stable order that grow by tens or hundreds of rows, as meetings do.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface Page {
  limit: number;
  offset: number;
}

/** One page of a list, and whether rows follow it. */
export interface Paged<T> {
  items: T[];
  more: boolean;
}

function wholeNumber(value: string | undefined, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) {
    throw new ValidationError('validation.whole_number_range', { field, min, max }, [field]);
  }
  return n;
}

/** The page a request asks for: `limit` 1-200 (default 50), `offset` from 0; a 400 naming the field otherwise. */
export function pageOf(limit: string | undefined, offset: string | undefined): Page {
  return {
    limit: wholeNumber(limit, 'limit', 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
    offset: wholeNumber(offset, 'offset', 0, 999_999_999, 0),
  };
}

/** The `Link` header of a list's pages, at the API's public address (`PUBLIC_URL`, which may have a path). */
@Injectable()
export class PageLinks {
  private readonly publicUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.publicUrl = config.mail.publicUrl;
  }

  /** Sets `Link: <next page>; rel="next"` when rows follow, keeping the request's other parameters. */
  next(request: FastifyRequest, reply: FastifyReply, page: Page, more: boolean): void {
    if (!more) return;
    const url = new URL(`${this.publicUrl}${request.url}`);
    url.searchParams.set('limit', String(page.limit));
    url.searchParams.set('offset', String(page.offset + page.limit));
    void reply.header('link', `<${url.href}>; rel="next"`);
  }
}
