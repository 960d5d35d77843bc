// The session as this tab keeps it in sessionStorage, readable without React: the entry script reads
// it to start the overview's requests before the application itself has loaded.

export interface SessionUser {
  /** Display name, e.g. "Wmo-consulent (demo)". */
  name: string;
  roles: readonly string[];
  /** Purposes this user may choose (from the policy); empty when unknown. */
  purposes: readonly string[];
  token: string;
}

export const STORAGE_KEY = 'ggm.sessie';

/** The session kept in this tab (none when signed out or unreadable). */
export function storedSession(): { user?: SessionUser; purpose?: string } {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as { user?: SessionUser; purpose?: string }) : {};
  } catch {
    return {};
  }
}
