import { useEffect, useState } from 'react';
import type * as LivingPlanModule from './living-plan';

type LivingPlan = typeof LivingPlanModule;

let loaded: LivingPlan | null = null;

/**
 * The scheduler, loaded once after the first paint: the graph draws without it, and the
 * plan's views wait for it (`usePlan().loaded`). Null until it has loaded.
 */
export function useLivingPlan(): LivingPlan | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    void import('./living-plan').then((m) => {
      loaded = m;
      if (live) setModule(m);
    });
    return () => {
      live = false;
    };
  }, [module]);
  return module;
}
