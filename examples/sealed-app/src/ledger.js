// Append-only ledger entries, as certified.
export function entry(account, cents) {
  return Object.freeze({ account, cents });
}
