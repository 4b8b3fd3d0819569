declare module 'virtual:builtin-roadmap' {
  import type { BuiltinSnapshot } from './builtin-snapshot';

  const snapshot: BuiltinSnapshot;
  export default snapshot;
}
