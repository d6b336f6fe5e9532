/** "2026-11-28 12:00" or "2026-11-28T12:00" → date and time, council-local. */
export function splitDeadline(text: string | undefined): { date: string; time: string } {
  const [date = '', time = ''] = (text ?? '').trim().split(/[\sT]+/);
  return { date, time };
}
