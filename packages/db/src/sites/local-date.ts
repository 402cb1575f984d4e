/** The site's calendar day containing `at`, as the UTC midnight the `date` columns use. */
export const localDate = (at: Date, timeZone: string): Date => {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  return new Date(`${day}T00:00:00Z`);
};
