/**
 * Slack's plain_text_input holds 3,000 characters. A stored answer longer
 * than that (written in Teams, or on the command line) cannot be shown
 * whole in the summary form; it is shown cut, and a field the writer left
 * as it was shown keeps the whole stored text. Nothing is lost by opening
 * the form and submitting it again.
 */
export const inputMax = 3_000;

/** What one field shows: the stored text, or its first 3,000 characters when longer. */
export function shownText(stored: string): { readonly shown: string; readonly cut: boolean } {
  const chars = [...stored];
  return chars.length <= inputMax
    ? { shown: stored, cut: false }
    : { shown: chars.slice(0, inputMax).join(''), cut: true };
}

/**
 * The text to submit for one field: what was typed, unless the field showed
 * a cut text and came back exactly as shown, in which case the stored whole
 * text stands. Compared as shown (not trimmed), so an edit is always an edit.
 */
export function keptText(stored: string | undefined, submitted: string): string {
  if (stored === undefined) return submitted;
  const { shown, cut } = shownText(stored);
  return cut && submitted === shown ? stored : submitted;
}

/**
 * The answers and notes to submit: each field kept or replaced by
 * {@link keptText} (a field the form did not hold keeps its stored text). `stored` is the summary at the revision the form
 * showed (when the stored one has moved on, the use case refuses anyway).
 */
export function summaryFromForm(
  stored: { readonly answers: readonly string[]; readonly notes: string } | undefined,
  form: { readonly answers: readonly (string | undefined)[]; readonly notes: string },
): { answers: string[]; notes: string } {
  return {
    answers: form.answers.map((answer, index) =>
      answer === undefined
        ? (stored?.answers[index] ?? '')
        : keptText(stored?.answers[index], answer),
    ),
    notes: keptText(stored?.notes, form.notes),
  };
}
