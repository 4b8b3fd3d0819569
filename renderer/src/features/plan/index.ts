import { lazy } from 'react';

// The plan form loads when first shown, so the code the first paint waits for stays small.
export const PlanView = lazy(() => import('./PlanView').then((m) => ({ default: m.PlanView })));
export { usePlan } from './usePlan';
export type { StudyPlan } from './usePlan';
