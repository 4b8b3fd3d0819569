import { expect, test } from '@playwright/test';

// Tuesday 1 December 2026, 09:00 in Berlin: the plan's today, whatever the machine's clock says.
const NOW = new Date('2026-12-01T08:00:00Z');

test.use({ timezoneId: 'Europe/Berlin' });

// The review settings of the Plan view. (Finishing a topic, rating it and seeing its review in
// the calendar and the .ics is the end-to-end flow of review.spec.ts.)
test.describe('review settings', () => {
  test('are checked like the other fields, saved with the plan and kept across a reload', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    await page.goto('./#plan');
    const form = page.getByRole('form', { name: 'Plan settings' });
    const review = form.getByRole('region', { name: 'Review' });
    const retention = review.getByLabel('Desired retention');
    const minutes = review.getByLabel('Minutes per topic review');
    const cap = review.getByLabel('Daily review cap');
    await expect(retention).toHaveValue('0.90');
    await expect(retention).toHaveAccessibleDescription(
      /share of finished topics you still know when they come back; higher means more reviews/,
    );
    await expect(minutes).toHaveValue('15');
    await expect(cap).toHaveValue('');
    await expect(cap).toHaveAccessibleDescription(/empty: half the day's study time/);

    await retention.fill('0.99');
    await expect(review.getByText('at most 0.97')).toBeVisible();
    await expect(retention).toHaveAttribute('aria-invalid', 'true');
    await minutes.fill('3');
    await expect(review.getByText('at least 5 minutes')).toBeVisible();
    await expect(form.getByRole('button', { name: 'Save plan' })).toBeDisabled();

    await retention.fill('0.85');
    await minutes.fill('20');
    await cap.fill('40');
    await form.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();

    await page.reload();
    await expect(retention).toHaveValue('0.85');
    await expect(minutes).toHaveValue('20');
    await expect(cap).toHaveValue('40');
    await expect(form.getByRole('button', { name: 'Save plan' })).toBeDisabled();

    // An emptied cap is half the day again, saved as such.
    await cap.fill('');
    await form.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
    await page.reload();
    await expect(cap).toHaveValue('');
    await expect(retention).toHaveValue('0.85');
  });
});
