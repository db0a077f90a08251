import { useCallback, useMemo, useRef, useState } from 'react';

import { createApiClient } from '../api/api-client';
import type { SignedIn } from '../api/api-types';
import { type MedPromoApi, medPromoApi } from '../api/medpromo-api';

export interface Session {
  api: MedPromoApi;
  user: SignedIn['user'] | null;
  signIn: (login: string, password: string) => Promise<SignedIn['user']>;
  signOut: () => Promise<void>;
}

/**
 * The signed-in user and an API client that sends their bearer token. The token lives in
 * memory only: the pane signs in again when Excel reloads it.
 */
export function useSession(): Session {
  const token = useRef<string | null>(null);
  const [user, setUser] = useState<SignedIn['user'] | null>(null);
  const api = useMemo(() => medPromoApi(createApiClient(() => token.current)), []);

  const signIn = useCallback(
    async (login: string, password: string) => {
      const signedIn = await api.signIn(login, password);
      token.current = signedIn.token;
      setUser(signedIn.user);
      return signedIn.user;
    },
    [api],
  );
  const signOut = useCallback(async () => {
    // Forget the token even when the server cannot be told.
    await api.signOut().catch(() => undefined);
    token.current = null;
    setUser(null);
  }, [api]);

  return { api, user, signIn, signOut };
}
