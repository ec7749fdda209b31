/**
 * Evidence figures for reading: counts and amounts formatted for the page's
 * language through Intl ("23,096" / "23 096" / "23.096"; "€1,500,000" /
 * "1 500 000 €"). Shared by the practice page (at build) and the compare
 * page's script (in the browser), so both show a figure alike.
 */

export interface Reach {
  count: number;
  unit: string;
  asOf?: string | undefined;
}

export interface Budget {
  amount: number;
  currency: string;
  period?: string | undefined;
  note?: string | undefined;
}

/** A count as the language writes numbers. */
export function formatCount(count: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(count);
}

/** An amount in its currency, as the language writes money; whole amounts without decimals. */
export function formatAmount(amount: number, currency: string, lang: string): string {
  try {
    return new Intl.NumberFormat(lang, {
      style: 'currency',
      currency,
      ...(Number.isInteger(amount) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(amount);
  } catch {
    // A code Intl does not know (the schema allows only ISO 4217 codes, but a browser's table may be older).
    return `${formatCount(amount, lang)} ${currency}`;
  }
}

/** "23,096 residence cards issued (2015)": the figure, its unit, and when it was counted. */
export function reachText(reach: Reach, lang: string): string {
  const figure = `${formatCount(reach.count, lang)} ${reach.unit}`;
  return reach.asOf ? `${figure} (${reach.asOf})` : figure;
}

/** "€1,500,000 (2019-2022; EU contribution)". */
export function budgetText(budget: Budget, lang: string): string {
  const notes = [budget.period, budget.note].filter(Boolean).join('; ');
  const amount = formatAmount(budget.amount, budget.currency, lang);
  return notes ? `${amount} (${notes})` : amount;
}
