import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/ipc-contract';
import { APP_COMMANDS, COMMANDS } from '../shared/commands';
import { buildMenuTemplate } from './menu-template';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const labels = (menu: MenuItemConstructorOptions | undefined) =>
  (Array.isArray(menu?.submenu) ? menu.submenu : []).map((item) => item.label ?? item.role ?? '—');

describe('the application menu', () => {
  it('has File, Edit, View and Help with the app’s commands, Quit and About', () => {
    const template = buildMenuTemplate({ appName: 'Roadmap Planner', isMac: false, send: () => {} });
    expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(template[0])).toEqual([
      'Import Roadmap…',
      '—',
      'Export Calendar…',
      'Export Picture…',
      '—',
      'Export Backup…',
      'Import Backup…',
      '—',
      'quit',
    ]);
    expect(labels(template[2])).toEqual([
      'Graph',
      'Plan',
      'Schedule',
      'Progress',
      'Review',
      '—',
      'Find Topic…',
      '—',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      '—',
      'togglefullscreen',
    ]);
    expect(labels(template[3])).toEqual(['Documentation', '—', 'About Roadmap Planner']);
  });

  it('puts About and Quit in the app menu on macOS', () => {
    const template = buildMenuTemplate({ appName: 'Roadmap Planner', isMac: true, send: () => {} });
    expect(template[0]?.label).toBe('Roadmap Planner');
    expect(labels(template[0])).toContain('about');
    expect(labels(template[0])).toContain('quit');
    expect(labels(template[1])).not.toContain('quit');
  });

  it('gives every command one item with its shortcut, and a click that only sends it', () => {
    const send = vi.fn<(command: AppCommand) => void>();
    const all = items(buildMenuTemplate({ appName: 'Roadmap Planner', isMac: false, send }));
    for (const command of APP_COMMANDS) {
      const matching = all.filter((item) => item.id === command);
      expect(matching).toHaveLength(1);
      expect(matching[0]?.accelerator).toBe(COMMANDS[command].keys);
      send.mockClear();
      Reflect.apply(matching[0]!.click!, undefined, []);
      expect(send).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  it('uses each shortcut once', () => {
    const accelerators = Object.values(COMMANDS).map((c) => c.keys);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
