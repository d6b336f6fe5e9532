/**
 * The ack that keeps a modal open with a line under each named input block
 * (response_action "errors"): how a refusal at submission is shown.
 */
export const modalErrors = (errorsByBlock: Record<string, string>) => ({
  response_action: 'errors' as const,
  errors: errorsByBlock,
});
