import { useEffect, useState } from 'react';
import { platform } from '../platform';

/** The app's version, once known (asked once per window). */
export function useAppVersion(): string | null {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    platform.getVersion().then(setVersion, () => setVersion(null));
  }, []);
  return version;
}
