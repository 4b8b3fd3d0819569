import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy';
import { DESKTOP_API_KEY } from '../../electron/shared/ipc-contract';
import { APP_VERSION, expect, test } from './fixtures';
import { callGetVersion } from './page-call';

test.describe('the desktop app starts', () => {
  test('shows all 56 topics with no CSP violation or console error', async ({ desktop }) => {
    const { page } = desktop;
    await expect(page).toHaveTitle('Roadmap Planner');
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    expect(desktop.appUrl()).toBe('app://roadmap-planner/index.html');
    expect(await desktop.windowCount()).toBe(1);
    expect.soft(desktop.problems()).toEqual([]);
    // …because the policy is in force, not because there is none: main serves it, and eval is refused.
    const served = await page.evaluate(async () => {
      const response = await fetch(window.location.href);
      let evaluated: string;
      try {
        evaluated = String(new Function('return "ran"')());
      } catch (error) {
        evaluated = error instanceof Error ? error.name : String(error);
      }
      return { policy: response.headers.get('content-security-policy'), evaluated };
    });
    expect(served).toEqual({ policy: CONTENT_SECURITY_POLICY, evaluated: 'EvalError' });
  });

  test('the page gets the desktop API and nothing of Node; main answers only the app’s own page', async ({
    desktop,
  }) => {
    const { page } = desktop;
    const seen = await page.evaluate((key) => {
      const api: unknown = Reflect.get(window, key);
      return {
        platform: typeof api === 'object' && api !== null ? Reflect.get(api, 'platform') : undefined,
        require: typeof Reflect.get(window, 'require'),
        process: typeof Reflect.get(window, 'process'),
      };
    }, DESKTOP_API_KEY);
    expect(seen).toEqual({ platform: 'desktop', require: 'undefined', process: 'undefined' });
    expect(await page.evaluate(callGetVersion, DESKTOP_API_KEY)).toBe(`answered: ${APP_VERSION}`);
    // The same preload in a page of another origin: main's sender check refuses the call.
    expect(await desktop.invokeFromOtherOrigin()).toMatch(
      /^Error invoking remote method 'app:get-version': UntrustedSenderError: Refused IPC on "app:get-version"/,
    );
    // Main's menu reaches the page too: the View menu switches views through the renderer.
    await desktop.clickMenuItem('view-schedule');
    await expect(page.getByRole('heading', { name: 'Schedule', level: 2 })).toBeVisible();
  });
});
