import ICAL from 'ical.js';

/*
 * A bound on ical.js's recurrence search, which has none of its own for some rules.
 */

/** Thrown by the rule guard, turned into a `BusyProblem` naming the event. */
export class RuleSearchTooLong extends Error {}

/**
 * What expanding one file may use up, shared by all its calendars and events: occurrences,
 * and steps of ical.js's search for a rule's next date, in all and since the last date found.
 */
export type Budget = { occurrences: number; ruleSteps: number; searchSteps: number };

/** Steps one search for a rule's next date may take: 28 years of days (Feb 29 on a Monday). */
const MAX_SEARCH_STEPS = 20_000;

/** Steps all searches of a file may take. */
const MAX_RULE_STEPS = 1_000_000;

/**
 * Runs `work` with ical.js's rule iterator bounded. Its search for a repeat rule's next date
 * never ends for a rule that cannot match again (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`,
 * `FREQ=DAILY;INTERVAL=7;BYDAY=TU` from a Monday) or that it does not handle
 * (`FREQ=DAILY;BYMONTHDAY=-1`). Every step of that search checks the rule's limiting parts,
 * so counting those checks bounds it. Patched only while `work` runs, synchronously, so no
 * other code sees it.
 */
export function withRuleBudget(budget: Budget, work: () => void): void {
  const prototype = ICAL.RecurIterator.prototype;
  const check = prototype.check_contracting_rules;
  // Loud if an ical.js update renames it: without the bound a bad rule would hang the app.
  if (typeof check !== 'function')
    throw new Error('ical.js has no RecurIterator.check_contracting_rules to bound');
  prototype.check_contracting_rules = function (this: ICAL.RecurIterator) {
    budget.ruleSteps += 1;
    budget.searchSteps += 1;
    if (budget.searchSteps > MAX_SEARCH_STEPS || budget.ruleSteps > MAX_RULE_STEPS) {
      throw new RuleSearchTooLong(this.rule.toString());
    }
    return check.call(this);
  };
  try {
    work();
  } finally {
    prototype.check_contracting_rules = check;
  }
}
