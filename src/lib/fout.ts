/** The message of anything thrown: an Error's own message, else the value as text. */
export const foutTekst = (e: unknown): string => (e instanceof Error ? e.message : String(e));
