import { useEffect, useState } from 'react';

const MINUTE = 60;
const nowMinute = () => Math.floor(Date.now() / 1000 / MINUTE) * MINUTE;

/**
 * Seconds since the epoch, to the minute, updated each minute: certificates' dates need no
 * finer clock, and their checks rerun only when it ticks. (Apart from lib/time.ts so the key
 * details' chunk does not pull that module out of the start bundle.)
 */
export function useMinute(): number {
  const [minute, setMinute] = useState(nowMinute);
  useEffect(() => {
    const timer = setInterval(() => setMinute(nowMinute()), MINUTE * 1000);
    return () => clearInterval(timer);
  }, []);
  return minute;
}
