import { useCallback, useSyncExternalStore } from 'react';

/** Screens addressed by the URL hash, so a reload reopens the same draft. */
export type Route =
  | { readonly kind: 'library' }
  | { readonly kind: 'report'; readonly id: string }
  /** Creates a blank draft and replaces itself with its `#/report/<id>` (a direct link to a new report). */
  | { readonly kind: 'new' }
  /** 汇总审核: many units' reports checked, compared and summed. */
  | { readonly kind: 'review' };

const REPORT_PREFIX = '#/report/';
const NEW = '#/new';
const REVIEW = '#/review';

export function parseRoute(hash: string): Route {
  if (hash === NEW) return { kind: 'new' };
  if (hash === REVIEW) return { kind: 'review' };
  if (hash.startsWith(REPORT_PREFIX)) {
    const id = decodeURIComponent(hash.slice(REPORT_PREFIX.length));
    if (id !== '') return { kind: 'report', id };
  }
  return { kind: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.kind) {
    case 'report':
      return `${REPORT_PREFIX}${encodeURIComponent(route.id)}`;
    case 'new':
      return NEW;
    case 'review':
      return REVIEW;
    case 'library':
      return '#/';
  }
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
  };
}

/**
 * The current route and a function to go elsewhere: a new history entry (Back works), or with
 * `replace` the current one (so Back and reload skip a route like `#/new`).
 */
export function useRoute(): readonly [Route, (route: Route, replace?: boolean) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route, replace = false) => {
    if (replace) window.location.replace(routeHash(route));
    else window.location.hash = routeHash(route);
  }, []);
  return [parseRoute(hash), navigate] as const;
}
