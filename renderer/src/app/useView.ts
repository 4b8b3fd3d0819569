import { useEffect, useState } from 'react';

export type View = 'graph' | 'plan' | 'schedule' | 'progress' | 'review';

const VIEWS: readonly View[] = ['graph', 'plan', 'schedule', 'progress', 'review'];

// `#review?topics=a,b` is the Review view too.
const viewFromHash = (hash: string): View =>
  VIEWS.find((view) => hash.split('?')[0] === `#${view}`) ?? 'graph';

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
