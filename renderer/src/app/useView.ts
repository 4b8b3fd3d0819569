import { useEffect, useState } from 'react';

export type View = 'graph' | 'plan' | 'schedule' | 'progress';

const VIEWS: readonly View[] = ['graph', 'plan', 'schedule', 'progress'];

const viewFromHash = (hash: string): View => VIEWS.find((view) => hash === `#${view}`) ?? 'graph';

/** Which view the main area shows, kept in the address (#graph, #plan, …) so reload keeps it. */
export function useView(): View {
  const [view, setView] = useState<View>(() => viewFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setView(viewFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return view;
}
