import type { Session } from 'electron';
import { APP_SCHEME } from './protocol.ts';

/**
 * Requests the app may make: its own scheme, inline data and object URLs, and the developer tools' own pages.
 * Everything else (http, https, ws, file, ftp) is cancelled: the app works with the network cable pulled and
 * must not read local files behind the user's back.
 */
export function isAllowedRequestUrl(url: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  return [`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:'].includes(protocol);
}

type HardenableSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/** Deny every permission (camera, notifications, geolocation, …) and every request outside the app. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}
