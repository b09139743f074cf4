// What a view returns to the shell.

import { el } from '../dom';

export interface View {
  title: string;
  node: HTMLElement;
  /** Runs once the view is in the page: scrolls to what the route asks for
   *  and returns it to be focused (null: the view's h1 is). */
  afterMount?: () => HTMLElement | null;
}

export interface ViewContext {
  refreshHealth(): Promise<void>;
}

export function errorView(title: string, message: string): View {
  return {
    title,
    node: el(
      'div',
      { class: 'view' },
      el('h1', { tabindex: -1 }, title),
      el('p', { class: 'error', role: 'alert' }, message),
      el('p', {}, el('a', { href: '#/' }, 'Back to the events')),
    ),
  };
}
