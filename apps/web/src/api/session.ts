/**
 * The access token, kept for the tab's lifetime only (sessionStorage): closing the tab logs out,
 * and nothing outlives the browser session on a shared computer.
 */
const TOKEN_KEY = 'quorum.token';
type Listener = () => void;
const listeners = new Set<Listener>();

export function accessToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function startSession(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
  listeners.forEach((listener) => listener());
}

export function endSession(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
