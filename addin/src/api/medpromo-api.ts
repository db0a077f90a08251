import type { ApiClient } from './api-client';
import type {
  Decision,
  InboxItem,
  PlanDiff,
  PlanLayout,
  PriceImpact,
  PriceResult,
  SheetRows,
  SignedIn,
  SubmitResult,
  ValidateResult,
  VersionDetail,
  VersionListItem,
} from './api-types';

export type Language = 'zh-CN' | 'en';

const plan = (code: string) => encodeURIComponent(code);

/** The endpoints the task pane uses, typed. */
export function medPromoApi(client: ApiClient) {
  return {
    signIn: (login: string, password: string) =>
      client.post<SignedIn>('/auth/login', { login, password }),
    signOut: () => client.post<void>('/auth/logout'),
    planLayout: (lang: Language) => client.get<PlanLayout>(`/plan-layout?lang=${lang}`),
    validateRows: (sheets: SheetRows[]) =>
      client.post<ValidateResult>('/plans/validate-rows', { sheets }),
    submitRows: (sheets: SheetRows[]) =>
      client.post<SubmitResult>('/plans/submit-rows', { sheets }),
    priceRows: (sheets: SheetRows[], plans: string[]) =>
      client.post<PriceResult>('/price-rows', { sheets, plans }),
    versions: (code: string) =>
      client
        .get<{ versions: VersionListItem[] }>(`/plans/${plan(code)}/versions`)
        .then((body) => body.versions),
    diff: (code: string, from: number, to: number) =>
      client.get<PlanDiff>(`/plans/${plan(code)}/diff?from=${from}&to=${to}`),
    versionRows: (code: string, version: number, lang: Language) =>
      client.get<{ sheets: SheetRows[] }>(
        `/plans/${plan(code)}/versions/${version}/rows?lang=${lang}`,
      ),
    inbox: () => client.get<{ items: InboxItem[] }>('/inbox').then((body) => body.items),
    versionDetail: (code: string, version: number) =>
      client.get<VersionDetail>(`/plans/${plan(code)}/versions/${version}`),
    priceImpact: (code: string, version: number) =>
      client.get<PriceImpact>(`/plans/${plan(code)}/versions/${version}/matrix?summary=true`),
    decide: (code: string, version: number, action: 'approve' | 'reject', comment?: string) =>
      client.post<Decision>(`/plans/${plan(code)}/versions/${version}/${action}`, {
        ...(comment ? { comment } : {}),
      }),
  };
}

export type MedPromoApi = ReturnType<typeof medPromoApi>;
