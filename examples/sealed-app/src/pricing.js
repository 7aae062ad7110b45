// A certified pricing rule: sealed, so any change needs an architect's decision.
export function priceWithTax(cents, ratePercent) {
  return Math.round(cents * (1 + ratePercent / 100));
}
