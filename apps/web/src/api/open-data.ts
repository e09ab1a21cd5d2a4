import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from './client';

/*
 * The public page of a body reads only the open data (OParl 1.1, no login): what anyone may see.
 * The OParl objects are typed here by the few properties the page shows.
 */

interface OparlObject {
  id: string;
  type: string;
}
export interface OparlBody extends OparlObject {
  name: string;
  shortName?: string;
}
export interface OparlMembership extends OparlObject {
  person: string;
  role: string;
  startDate: string;
  endDate?: string;
  keyword: string[];
}
export interface OparlPerson extends OparlObject {
  name: string;
  membership: OparlMembership[];
}
export interface OparlFile extends OparlObject {
  name: string;
  accessUrl: string;
  size?: number;
  date?: string;
}
export interface OparlMeeting extends OparlObject {
  name: string;
  start: string;
  meetingState: string;
  cancelled: boolean;
  resultsProtocol?: OparlFile;
}
export interface OparlPaper extends OparlObject {
  name: string;
  date: string;
  keyword: string[];
}

type Lists = { people: OparlPerson; meetings: OparlMeeting; papers: OparlPaper };

export function useOpenBody(bodyId: string) {
  return useQuery({
    queryKey: ['oparl', bodyId],
    queryFn: async () =>
      dataOf(await api.GET('/oparl/v1/bodies/{bodyId}', { params: { path: { bodyId } } })) as unknown as OparlBody,
  });
}

/** Every page of one of a body's open-data lists. */
export function useOpenList<L extends keyof Lists>(bodyId: string, list: L) {
  return useQuery({
    queryKey: ['oparl', bodyId, list],
    queryFn: async () => {
      const all: Lists[L][] = [];
      for (let page = 1; ; page++) {
        const result = dataOf(
          await api.GET('/oparl/v1/bodies/{bodyId}/{list}', {
            params: { path: { bodyId, list }, query: { page: String(page) } as never },
          }),
        ) as unknown as { data: Lists[L][]; pagination: { totalPages: number } };
        all.push(...result.data);
        if (page >= result.pagination.totalPages) return all;
      }
    },
  });
}
