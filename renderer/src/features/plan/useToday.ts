import { useEffect, useMemo, useState } from 'react';
import { todayIn } from '../../domain';

const MINUTE_MS = 60_000;
const currentMinute = () => Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;

/** The current instant to the minute (ms), moving on by itself (checked every minute and on focus). */
export function useNow(): number {
  const [now, setNow] = useState(currentMinute);
  useEffect(() => {
    const check = () => setNow(currentMinute());
    check();
    const timer = setInterval(check, MINUTE_MS);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, []);
  return now;
}

/** Today in `timeZone` at `now`, which moves on by itself at midnight. */
export function useToday(timeZone: string, now: number): string {
  return useMemo(() => todayIn(timeZone, new Date(now)), [timeZone, now]);
}
