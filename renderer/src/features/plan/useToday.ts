import { useEffect, useState } from 'react';
import { todayIn } from '../../domain';

let systemZone: string | undefined;

/** The system's zone, which a new plan starts in (asked once: building a formatter is slow). */
export function systemTimeZone(): string {
  systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return systemZone;
}

/** Today in `timeZone`, moving on by itself at midnight (checked every minute and on focus). */
export function useToday(timeZone: string): string {
  const [today, setToday] = useState(() => todayIn(timeZone, new Date()));
  useEffect(() => {
    const check = () => setToday(todayIn(timeZone, new Date()));
    check();
    const timer = setInterval(check, 60_000);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, [timeZone]);
  return today;
}
