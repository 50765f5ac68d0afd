// Slippage of a milestone: how many days its expected (or actual) date lies after the original
// plan. Positive means late, negative early, zero on plan.

const DAY_MS = 24 * 60 * 60 * 1000;

export interface MilestoneDates {
  plannedDate: Date;
  forecastDate?: Date | null;
  actualDate?: Date | null;
}

/** The date the milestone is now expected: actual if it happened, else forecast, else the plan. */
export function currentDate(m: MilestoneDates): Date {
  return m.actualDate ?? m.forecastDate ?? m.plannedDate;
}

/** Whole days between the original plan and the current date (calendar days, UTC). */
export function slippageDays(m: MilestoneDates): number {
  const from = Date.UTC(
    m.plannedDate.getUTCFullYear(),
    m.plannedDate.getUTCMonth(),
    m.plannedDate.getUTCDate(),
  );
  const current = currentDate(m);
  const to = Date.UTC(current.getUTCFullYear(), current.getUTCMonth(), current.getUTCDate());
  return Math.round((to - from) / DAY_MS);
}

/** A milestone not yet done whose planned date has passed counts as overdue. */
export function isOverdue(m: MilestoneDates, today: Date): boolean {
  return !m.actualDate && currentDate(m).getTime() < today.getTime();
}

export function describeSlippage(days: number): string {
  if (days === 0) return "On plan";
  const n = Math.abs(days);
  const unit = n === 1 ? "day" : "days";
  return days > 0 ? `${n} ${unit} late` : `${n} ${unit} early`;
}

/** Programme-level summary: how many milestones slipped and by how much in total. */
export function slippageSummary(milestones: MilestoneDates[]) {
  const days = milestones.map(slippageDays);
  const slipped = days.filter((d) => d > 0);
  return {
    total: milestones.length,
    slipped: slipped.length,
    onPlanOrEarly: days.length - slipped.length,
    worstDays: slipped.length ? Math.max(...slipped) : 0,
    meanSlipDays: slipped.length
      ? Math.round(slipped.reduce((a, b) => a + b, 0) / slipped.length)
      : 0,
  };
}
