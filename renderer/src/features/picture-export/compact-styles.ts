/**
 * Compact computed styles for html-to-image. Version 1.11.11 (pinned: later ones drop React
 * Flow's edges) copies every computed property of every element, about 550 each: for the
 * FastAPI graph a 9.5 MB SVG and over ten seconds to draw it. It takes a computed style's
 * `cssText` instead when there is one, which Chromium leaves empty; while a picture is made,
 * `getComputedStyle` on the graph gives one, holding only what can differ from the defaults.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element's computed values of the page's properties, in {@link declaredProperties} order. */
type Values = readonly string[];

/**
 * The properties anything on the page sets: every style sheet's rules (nested ones too) and
 * the inline styles under `root`. A property none of them sets has its default everywhere,
 * in the window as in the picture. Custom properties are left out: values come resolved.
 */
export function declaredProperties(root: Element): string[] {
  const names = new Set<string>();
  const add = (style: CSSStyleDeclaration) => {
    for (let i = 0; i < style.length; i++) {
      const name = style.item(i);
      if (!name.startsWith('--')) names.add(name);
    }
  };
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if ('style' in rule && rule.style instanceof CSSStyleDeclaration) add(rule.style);
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) visit(rule.cssRules);
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A sheet of another origin cannot be read; the app has none.
    }
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (element instanceof HTMLElement || element instanceof SVGElement) add(element.style);
  }
  return [...names];
}

/**
 * Runs `work` with `window.getComputedStyle` giving, for `root` and the elements and
 * pseudo-elements under it, a style whose `cssText` holds only the page's properties that
 * differ from the element's default or from its parent (so inherited ones stay right);
 * `root` keeps them all. Everything else gets the browser's own answer, and the browser's
 * function is back once `work` ends.
 */
export async function withCompactStyles<T>(root: HTMLElement, work: () => Promise<T>): Promise<T> {
  const native = window.getComputedStyle;
  const names = declaredProperties(root);
  const sandbox = defaultStyles(names);
  const cache = new WeakMap<Element, Values>();
  const valuesOf = (element: Element): Values => {
    let values = cache.get(element);
    if (!values) {
      const style = native.call(window, element);
      values = names.map((name) => style.getPropertyValue(name));
      cache.set(element, values);
    }
    return values;
  };
  const compact = (element: Element, pseudo: string | null | undefined): CSSStyleDeclaration => {
    const style = native.call(window, element, pseudo);
    if (!root.contains(element)) return style;
    let own: Values;
    let parent: Values | null;
    let defaults: Values;
    if (pseudo) {
      if (['', 'none', 'normal'].includes(style.getPropertyValue('content'))) return style;
      own = names.map((name) => style.getPropertyValue(name));
      parent = valuesOf(element);
      defaults = sandbox.of('span', null);
    } else {
      own = valuesOf(element);
      parent = element === root || !element.parentElement ? null : valuesOf(element.parentElement);
      defaults = sandbox.of(element.localName, element.namespaceURI);
    }
    const declarations: string[] = [];
    names.forEach((name, i) => {
      const value = own[i]!;
      if (!value || (parent && value === parent[i] && value === defaults[i])) return;
      declarations.push(`${name}: ${name === 'font-size' ? slightlySmaller(value) : value};`);
    });
    const cssText = declarations.join(' ');
    return new Proxy(style, {
      get: (target, key) => {
        if (key === 'cssText') return cssText;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  window.getComputedStyle = compact;
  try {
    return await work();
  } finally {
    window.getComputedStyle = native;
    sandbox.remove();
  }
}

/**
 * A font size a hair smaller, as html-to-image itself writes it (`13.9px` for 14px): the
 * picture's text otherwise sometimes wraps a word earlier than the window's.
 */
function slightlySmaller(value: string): string {
  return value.endsWith('px') ? `${Math.floor(parseFloat(value)) - 0.1}px` : value;
}

/**
 * Each kind of element's computed values with no style of ours: elements made once per kind
 * in an empty, invisible frame (HTML in its body, SVG inside an `svg`).
 */
function defaultStyles(names: readonly string[]) {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText =
    'position: fixed; left: -10000px; top: 0; width: 10px; height: 10px; border: 0; visibility: hidden;';
  document.body.append(frame);
  const doc = frame.contentDocument;
  const view = frame.contentWindow;
  const svg = doc?.createElementNS(SVG_NS, 'svg');
  if (svg) doc?.body.append(svg);
  const known = new Map<string, Values>();
  return {
    of(localName: string, namespace: string | null): Values {
      const key = `${namespace ?? ''} ${localName}`;
      let values = known.get(key);
      if (!values) {
        const element =
          namespace === SVG_NS && localName !== 'svg'
            ? doc?.createElementNS(SVG_NS, localName)
            : doc?.createElementNS(namespace ?? 'http://www.w3.org/1999/xhtml', localName);
        if (element && doc && view) {
          (namespace === SVG_NS && localName !== 'svg' ? svg : doc.body)?.append(element);
          const style = view.getComputedStyle(element);
          values = names.map((name) => style.getPropertyValue(name));
          element.remove();
        } else {
          // No frame to ask: nothing is taken for a default, every property is written.
          values = names.map(() => '\u0000');
        }
        known.set(key, values);
      }
      return values;
    },
    remove: () => frame.remove(),
  };
}
