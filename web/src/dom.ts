// A small element builder: the page is plain DOM, and every text goes in as
// a text node (article text is never parsed as HTML).

type Child = Node | string | number | null | undefined | false | Child[];

type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attributes: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  append(node, children);
  return node;
}

/** A link to a hash route. */
export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return el('a', { href }, ...children);
}

/** Text read by screen readers only. */
export function hidden(text: string): HTMLSpanElement {
  return el('span', { class: 'visually-hidden' }, text);
}

/** A section with its heading; the heading can take focus for in-page links. */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return el(
    'section',
    { id, 'aria-labelledby': `${id}-title`, class: 'panel' },
    el('h2', { id: `${id}-title`, tabindex: -1 }, title),
    ...children,
  );
}

export function note(text: string): HTMLParagraphElement {
  return el('p', { class: 'note' }, text);
}
