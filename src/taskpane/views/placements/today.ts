/** Today's date in the user's time zone, 'YYYY-MM-DD' (the pane's clock; core takes dates as arguments). */
export function localToday(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
