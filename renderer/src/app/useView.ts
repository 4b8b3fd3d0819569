import { useEffect, useState } from 'react';

export type View = 'graph' | 'progress';

const viewFromHash = (hash: string): View => (hash === '#progress' ? 'progress' : 'graph');

/** Which view the main area shows, kept in the address (#graph, #progress) so reload keeps it. */
export function useView(): View {
  const [view, setView] = useState<View>(() => viewFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setView(viewFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return view;
}
