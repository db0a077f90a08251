import { useCallback, useRef } from 'react';

import type { PlanLayout } from '../api/api-types';
import type { Language, MedPromoApi } from '../api/medpromo-api';

/** The plan-sheet layout per language, fetched once: the verbs then make one call each. */
export function usePlanLayout(api: MedPromoApi) {
  const cache = useRef(new Map<Language, PlanLayout>());
  return useCallback(
    async (language: Language) => {
      const cached = cache.current.get(language);
      if (cached) return cached;
      const layout = await api.planLayout(language);
      cache.current.set(language, layout);
      return layout;
    },
    [api],
  );
}
