import { expect, test } from '@playwright/test';
import { storedRow } from './stored';

// Tuesday 1 December 2026, 08:00 UTC: 09:00 in Berlin, 03:00 in New York, 13:30 in Kolkata.
const NOW = new Date('2026-12-01T08:00:00Z');

test.use({ timezoneId: 'Europe/Berlin' });

test('the time-zone field finds places by name, shows their time, and keeps the pick', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('./#plan');
  const form = page.getByRole('form', { name: 'Plan settings' });
  const field = form.getByRole('combobox', { name: 'Time zone' });
  await expect(field).toHaveValue('Europe/Berlin');
  await expect(form.getByText('UTC+01:00 · 09:00 there now')).toBeVisible();

  await test.step('"new york" with a space finds New York, with its offset and time; a click picks it', async () => {
    await field.fill('new y');
    const zones = page.getByRole('listbox', { name: 'Time zones' });
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    // Half typed: nothing is wrong yet.
    await expect(form.getByText('not a known IANA time zone')).toHaveCount(0);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await field.pressSequentially('ork');
    const newYork = zones.getByRole('option', {
      name: /^America\/New_York, UTC−05:00 · 03:00 now, New York City/,
    });
    await expect(newYork).toBeVisible();
    await expect(newYork).toHaveAttribute('aria-selected', 'true');
    await expect(newYork).toContainText('UTC−05:00 · 03:00');
    await newYork.click();
    await expect(field).toHaveValue('America/New_York');
    await expect(zones).toBeHidden();
    await expect(form.getByText('UTC−05:00 · 03:00 there now')).toBeVisible();
  });

  await test.step('a half-typed name is called wrong only when the field is left', async () => {
    await field.fill('kolk');
    await expect(form.getByText('not a known IANA time zone')).toHaveCount(0);
    await field.press('Tab');
    await expect(form.getByText('not a known IANA time zone')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('button', { name: 'Save plan' })).toBeDisabled();
  });

  await test.step('"kolkata" finds Asia/Kolkata; the arrow keys and Enter pick it', async () => {
    await field.fill('kolkata');
    await expect(form.getByText('not a known IANA time zone')).toHaveCount(0);
    const kolkata = page.getByRole('option', { name: /^Asia\/Kolkata, UTC\+05:30 · 13:30 now, Mumbai/ });
    await expect(kolkata).toBeVisible();
    await field.press('ArrowDown');
    await field.press('ArrowUp');
    await expect(field).toHaveAttribute('aria-activedescendant', (await kolkata.getAttribute('id'))!);
    await field.press('Enter');
    await expect(field).toHaveValue('Asia/Kolkata');
    await expect(page.getByRole('listbox', { name: 'Time zones' })).toBeHidden();
    await expect(form.getByText('not a known IANA time zone')).toHaveCount(0);
    await expect(form.getByText('UTC+05:30 · 13:30 there now')).toBeVisible();
  });

  await test.step('Escape closes the list, then gives back the zone', async () => {
    await field.fill('tok');
    await expect(page.getByRole('option', { name: /^Asia\/Tokyo,/ })).toBeVisible();
    await field.press('Escape');
    await expect(page.getByRole('listbox', { name: 'Time zones' })).toBeHidden();
    await field.press('Escape');
    await expect(field).toHaveValue('Asia/Kolkata');
  });

  await form.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
  await storedRow(page, 'plans', { 'settings.timeZone': 'Asia/Kolkata' });
  await page.reload();
  await expect(page.getByRole('form', { name: 'Plan settings' }).getByLabel('Time zone')).toHaveValue(
    'Asia/Kolkata',
  );
});

test('a zone stored under an old id shows as the zone it means', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('./#plan');
  const form = page.getByRole('form', { name: 'Plan settings' });
  const field = form.getByRole('combobox', { name: 'Time zone' });
  // Typed in full as an old id and left: the plan gets the current one.
  await field.fill('Asia/Calcutta');
  await expect(page.getByRole('option', { name: /^Asia\/Kolkata, .*also Asia\/Calcutta$/ })).toBeVisible();
  await field.blur();
  await expect(field).toHaveValue('Asia/Kolkata');
  await field.fill('US/Eastern');
  await field.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
  await storedRow(page, 'plans', { 'settings.timeZone': 'America/New_York' });
  await expect(field).toHaveValue('America/New_York');
});
