import type { Menu, MenuItem, MenuItemConstructorOptions } from 'electron';
import type { FakeBrowserWindow } from './browser-window';
import { NotFakedError, strict } from './strict';

type FakedMenuItem = Pick<MenuItem, 'id' | 'label' | 'type' | 'enabled' | 'visible' | 'accelerator'>;

/** One item of a menu built from main's template; `click()` runs the template's own click. */
export class FakeMenuItem implements FakedMenuItem {
  readonly id: string;
  readonly label: string;
  readonly role: MenuItemConstructorOptions['role'];
  readonly type: MenuItem['type'];
  readonly enabled: boolean;
  readonly visible: boolean;
  readonly accelerator: MenuItem['accelerator'];
  readonly submenu: FakeMenu | undefined;
  readonly #click: MenuItemConstructorOptions['click'];
  readonly #focusedWindow: () => FakeBrowserWindow | undefined;

  constructor(options: MenuItemConstructorOptions, focusedWindow: () => FakeBrowserWindow | undefined) {
    this.id = options.id ?? '';
    this.label = options.label ?? '';
    this.role = options.role;
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
    this.accelerator = options.accelerator ?? null;
    this.#click = options.click;
    this.#focusedWindow = focusedWindow;
    const submenu = options.submenu;
    if (submenu !== undefined && !Array.isArray(submenu))
      throw new NotFakedError('a submenu given as a Menu');
    this.submenu = submenu ? FakeMenu.fromTemplate(submenu, focusedWindow) : undefined;
  }

  /** What a user's click does: the template's `click`, or Electron's role (not faked). */
  click(): void {
    if (!this.enabled) throw new Error(`fake electron: menu item "${this.label}" is disabled`);
    if (this.#click) {
      // Electron passes the item, the focused window and the keyboard state.
      const window = this.#focusedWindow();
      Reflect.apply(this.#click, undefined, [
        this,
        window,
        { shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, triggeredByAccelerator: false },
      ]);
      return;
    }
    throw new NotFakedError(`the "${this.role ?? this.label}" menu role`);
  }
}

/** A menu built from a template, and the application menu Electron keeps. */
export class FakeMenu {
  readonly items: FakeMenuItem[];

  private constructor(items: FakeMenuItem[]) {
    this.items = items;
  }

  /** Builds a menu; the template is typed as Electron's own. */
  static fromTemplate(
    template: Parameters<typeof Menu.buildFromTemplate>[0],
    focusedWindow: () => FakeBrowserWindow | undefined,
  ): FakeMenu {
    return new FakeMenu(
      template.map((entry) => {
        if ('commandId' in entry) throw new NotFakedError('a MenuItem instance in a menu template');
        return new FakeMenuItem(entry, focusedWindow);
      }),
    );
  }

  /** Like Electron's: searches submenus too. */
  getMenuItemById(id: Parameters<Menu['getMenuItemById']>[0]): FakeMenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const found = item.submenu?.getMenuItemById(id);
      if (found) return found;
    }
    return null;
  }
}

/** The `Menu` class main sees: `buildFromTemplate` and the application menu. */
export function menuClass(focusedWindow: () => FakeBrowserWindow | undefined) {
  let applicationMenu: FakeMenu | null = null;
  return strict('Menu', {
    buildFromTemplate: (template: Parameters<typeof Menu.buildFromTemplate>[0]): FakeMenu =>
      FakeMenu.fromTemplate(template, focusedWindow),
    setApplicationMenu: (menu: FakeMenu | null): void => {
      applicationMenu = menu;
    },
    getApplicationMenu: (): FakeMenu | null => applicationMenu,
  });
}
