import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { storedStatus } from './stored';
import type { Page } from '@playwright/test';

const KUBERNETES = join(process.cwd(), 'content/examples/kubernetes-basics.md');
const topicNodes = (page: Page) => page.locator('.react-flow__node-topic');
const node = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const switcher = (page: Page, title: RegExp | string) =>
  page.getByRole('banner').getByRole('button', { name: title });

async function importRoadmap(page: Page, path: string) {
  await page.keyboard.press('Control+Shift+O');
  const dialog = page.getByRole('dialog', { name: 'Import roadmap' });
  await expect(dialog).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose (another )?file…/ }).click();
  await (await chooser).setFiles(path);
  return dialog;
}

async function switchTo(page: Page, from: RegExp | string, to: RegExp | string) {
  await switcher(page, from).click();
  await page.getByRole('menu', { name: 'Roadmaps' }).getByRole('menuitemradio', { name: to }).click();
}

function scratch(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'roadmap-')), name);
  writeFileSync(path, text);
  return path;
}

test.describe('own roadmaps', () => {
  test('import a one-file Markdown roadmap, mark a topic, reload, switch back and forth: both progresses kept', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(topicNodes(page)).toHaveCount(56);
    await node(page, 'Python Foundations').click();
    await page.keyboard.press('d');
    await page.keyboard.press('Escape');

    const dialog = await importRoadmap(page, KUBERNETES);
    await expect(
      dialog.getByRole('heading', { name: 'Kubernetes Basics (an example roadmap in one file)' }),
    ).toBeVisible();
    await expect(dialog).toContainText('Topics8');
    await expect(dialog).toContainText('Phases');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(switcher(page, /^Kubernetes Basics/)).toBeVisible();
    await expect(topicNodes(page)).toHaveCount(8);
    await expect(page.getByRole('status').filter({ hasText: 'Imported “Kubernetes Basics' })).toBeVisible();

    await node(page, 'Containers').click();
    await page.keyboard.press('d');
    await expect(node(page, 'Containers')).toHaveAccessibleDescription(/Done/);
    await storedStatus(page, 'containers', 'done');
    await page.reload();
    await expect(switcher(page, /^Kubernetes Basics/)).toBeVisible();
    await expect(node(page, 'Containers')).toHaveAccessibleDescription(/Done/);

    await switchTo(page, /^Kubernetes Basics/, /FastAPI/);
    await expect(topicNodes(page)).toHaveCount(56);
    await expect(node(page, 'Python Foundations')).toHaveAccessibleDescription(/Done/);
    await page.reload();
    await expect(topicNodes(page)).toHaveCount(56);
    await switchTo(page, /FastAPI/, /Kubernetes Basics/);
    await expect(topicNodes(page)).toHaveCount(8);
    await expect(node(page, 'Containers')).toHaveAccessibleDescription(/Done/);
    await expect(node(page, 'Linux Networking Basics')).not.toHaveAccessibleDescription(/Done/);
  });

  test('a JSON Canvas file imports as a roadmap of its groups and cards', async ({ page }) => {
    await page.goto('./');
    await expect(topicNodes(page)).toHaveCount(56);
    const dialog = await importRoadmap(page, join(process.cwd(), 'content/examples/kubernetes.canvas'));
    await expect(dialog.getByRole('heading', { name: 'Kubernetes Basics' })).toBeVisible();
    await expect(dialog).toContainText('Sections5Topics13Estimated34 hPhasesAll sections');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(topicNodes(page)).toHaveCount(13);
    await expect(switcher(page, 'Kubernetes Basics')).toBeVisible();
  });

  test('a broken file is refused with its line numbers and nothing is stored', async ({ page }) => {
    await page.goto('./');
    await expect(topicNodes(page)).toHaveCount(56);
    const broken = readFileSync(KUBERNETES, 'utf8')
      .replace('  - after: Containers', '  - after: Kontainers')
      .replace('  - estimate: 4 h', '  - estimate: four hours');
    const dialog = await importRoadmap(page, scratch('broken.md', broken));
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('“broken.md” cannot be imported');
    await expect(alert).toContainText(/broken\.md:19: topic "cluster-architecture" is after "Kontainers"/);
    await expect(alert).toContainText(
      /broken\.md:24: topic "pods": estimate "four hours" is not a positive number of hours/,
    );

    const notRoadmap = scratch('notes.txt', 'hello');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose another file…' }).click();
    await (await chooser).setFiles(notRoadmap);
    await expect(alert).toContainText(
      'not a roadmap file: choose a Markdown (.md) or JSON Canvas (.canvas) file',
    );
    await dialog.getByRole('button', { name: 'Close' }).click();

    await switcher(page, /FastAPI/).click();
    await expect(page.getByRole('menu', { name: 'Roadmaps' }).getByRole('menuitemradio')).toHaveCount(1);
  });

  test('export as Markdown and import it again as an update: progress stays; remove it and undo', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(topicNodes(page)).toHaveCount(56);
    await (
      await importRoadmap(page, KUBERNETES)
    )
      .getByRole('button', { name: 'Import', exact: true })
      .click();
    await expect(topicNodes(page)).toHaveCount(8);
    await node(page, 'Helm').click();
    await page.keyboard.press('s');
    await page.keyboard.press('Escape');

    await switcher(page, /^Kubernetes Basics/).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Export roadmap as Markdown…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('kubernetes-basics-an-example-roadmap-in-one-file.md');
    const path = join(mkdtempSync(join(tmpdir(), 'export-')), 'kubernetes-v2.md');
    await file.saveAs(path);
    const exported = readFileSync(path, 'utf8');
    expect(exported).toContain('- **Pods & Deployments** {#pods}');
    expect(exported).toContain('  - after: pods, linux-networking-basics');
    // The updated file drops a topic: its progress is kept aside.
    writeFileSync(path, exported.replace(/- \*\*Storage\*\*[\s\S]*?\n\n/, ''));

    const dialog = await importRoadmap(page, path);
    await expect(dialog.getByRole('combobox', { name: 'Import as' })).toHaveValue(/kubernetes-basics/);
    await expect(dialog).toContainText('7 topics keep their progress, notes and plan.');
    await expect(dialog).toContainText('1 topic is not in this file.');
    await expect(dialog.getByRole('listitem').filter({ hasText: 'Storage' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Update' }).click();
    await expect(topicNodes(page)).toHaveCount(7);
    await expect(node(page, 'Helm')).toHaveAccessibleDescription(/Skipped/);
    await switcher(page, /^Kubernetes Basics/).click();
    await expect(page.getByRole('menu', { name: 'Roadmaps' }).getByRole('menuitemradio')).toHaveCount(2);
    await page.keyboard.press('Escape');

    await switcher(page, /^Kubernetes Basics/).click();
    await page.getByRole('menuitem', { name: /^Remove “Kubernetes Basics/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove roadmap' }).click();
    await expect(topicNodes(page)).toHaveCount(56);
    await expect(switcher(page, /FastAPI/)).toBeVisible();
    await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect(topicNodes(page)).toHaveCount(7);
    await expect(node(page, 'Helm')).toHaveAccessibleDescription(/Skipped/);
  });
});
