import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, type Schemas } from './client';

/*
 * Recommendations and their follow-up: the lists the caller may read (the API scopes them by role
 * and body), one recommendation with its history, the direction's answers and the secretariat's
 * transmissions. Every change refreshes every list and figure under the `recommendations` key.
 */

export type Recommendation = Schemas['RecommendationResponse'];
export type RecommendationStatus = Recommendation['status'];
export type AnswerStatus = Schemas['AnswerRecommendationDto']['status'];

const KEY = ['recommendations'] as const;
/** The API's largest page: a body's follow-up fits in a few of them. */
const PAGE = 100;

/** Every recommendation the caller may read (of one body when given), newest first, read page by page. */
export function useRecommendations(bodyId?: string) {
  return useQuery({
    queryKey: [...KEY, 'list', bodyId ?? 'all'],
    queryFn: async () => {
      const all: Recommendation[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = dataOf(
          await api.GET('/recommendations', {
            params: { query: { ...(bodyId ? { bodyId } : {}), limit: PAGE, offset } as never },
          }),
        );
        all.push(...page);
        if (page.length < PAGE) return all;
      }
    },
  });
}

export function useRecommendation(recommendationId: string) {
  return useQuery({
    queryKey: [...KEY, 'one', recommendationId],
    queryFn: async () =>
      dataOf(await api.GET('/recommendations/{recommendationId}', { params: { path: { recommendationId } } })),
  });
}

/** The direction answers: a status among the allowed ones, a text, the department in charge, a due date. */
export function useAnswerRecommendation(recommendationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (answer: Schemas['AnswerRecommendationDto']) =>
      dataOf(
        await api.POST('/recommendations/{recommendationId}/responses', {
          params: { path: { recommendationId } },
          body: answer,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** The secretariat sends an adopted recommendation to the direction. */
export function useTransmitRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (recommendationId: string) =>
      dataOf(
        await api.POST('/recommendations/{recommendationId}/transmit', {
          params: { path: { recommendationId } },
          body: {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** Downloads a body's CSV export (the API needs the bearer token, so a plain link would not do). */
export async function downloadRecommendationsCsv(bodyId: string, fileName: string): Promise<void> {
  const result = await api.GET('/bodies/{bodyId}/recommendations/export.csv', {
    // The middleware sets the reader's language, which the CSV's headings follow.
    params: { path: { bodyId }, header: {} as { 'accept-language': string } },
    parseAs: 'blob',
  });
  const blob = dataOf(result) as unknown as Blob;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
