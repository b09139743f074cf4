// Bringing articles in: paste one (title and outlet optional) or upload
// files (.txt, .html, .jsonl) by file picker or drag and drop; the server's
// answer is shown: what was added, what it already had, what it skipped.

import { api, ApiError, type AddResult } from '../api';
import { el, link, section } from '../dom';
import { documentHref, eventHref } from '../route';

const ACCEPTED = /\.(txt|html?|jsonl)$/i;

function idList(ids: string[], href: (id: string) => string): HTMLElement {
  return el('ul', { class: 'inline-list' }, ids.map((id) => el('li', {}, link(href(id), id))));
}

export function describeResult(result: AddResult): HTMLElement {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return el(
    'div',
    { class: 'add-result' },
    el(
      'p',
      { class: 'add-summary' },
      `${n(result.added.length, 'article')} added, ${result.unchanged.length} unchanged, ${result.skipped.length} skipped.`,
    ),
    result.added.length > 0 && [el('h3', {}, 'Added'), idList(result.added, (id) => documentHref(id))],
    result.unchanged.length > 0 && [
      el('h3', {}, 'Unchanged (already in the store)'),
      idList(result.unchanged, (id) => documentHref(id)),
    ],
    result.skipped.length > 0 && [
      el('h3', {}, 'Skipped'),
      el(
        'ul',
        { class: 'skipped' },
        result.skipped.map((s) =>
          el('li', {}, el('strong', {}, s.line ? `${s.name}, line ${s.line}` : s.name), `: ${s.message}`),
        ),
      ),
    ],
    result.events.length > 0 && [el('h3', {}, 'Events updated'), idList(result.events, (id) => eventHref(id))],
  );
}

export function addArticlesPanel(onAdded: () => Promise<void>): HTMLElement {
  const status = el('div', { class: 'add-status', role: 'status', 'aria-live': 'polite' });

  async function submit(work: () => Promise<AddResult>, busy: string): Promise<boolean> {
    status.replaceChildren(el('p', {}, busy));
    try {
      const result = await work();
      status.replaceChildren(describeResult(result));
      await onAdded();
      return true;
    } catch (e) {
      const body = e instanceof ApiError ? (e.body as Partial<AddResult> | null) : null;
      status.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Not added: ${(e as Error).message}`));
      if (Array.isArray(body?.skipped))
        status.appendChild(describeResult({ added: [], unchanged: [], events: [], ...body, skipped: body.skipped }));
      return false;
    }
  }

  // Paste
  const text = el('textarea', { id: 'paste-text', name: 'text', rows: 7, required: true });
  const title = el('input', { id: 'paste-title', name: 'title', type: 'text' });
  const outlet = el('input', { id: 'paste-outlet', name: 'outlet', type: 'text' });
  const pasteForm = el(
    'form',
    { class: 'paste-form' },
    el('label', { for: 'paste-text' }, 'Article text'),
    text,
    el(
      'div',
      { class: 'field-row' },
      el('div', {}, el('label', { for: 'paste-title' }, 'Title ', el('span', { class: 'optional' }, '(optional)')), title),
      el('div', {}, el('label', { for: 'paste-outlet' }, 'Outlet ', el('span', { class: 'optional' }, '(optional)')), outlet),
    ),
    el('button', { type: 'submit' }, 'Add article'),
  );
  pasteForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = text.value.trim();
    if (!body) return;
    const givenTitle = title.value.trim();
    const article = {
      text: body,
      ...(givenTitle ? { title: givenTitle, name: givenTitle } : {}),
      ...(outlet.value.trim() ? { outlet: outlet.value.trim() } : {}),
    };
    if (await submit(() => api.addPasted(article), 'Adding the article…')) pasteForm.reset();
  });

  // Upload
  const picker = el('input', {
    id: 'upload-files',
    type: 'file',
    name: 'files',
    multiple: true,
    accept: '.txt,.html,.htm,.jsonl,text/plain,text/html',
  });
  const upload = (files: File[]) => {
    const wanted = files.filter((f) => ACCEPTED.test(f.name));
    const refused = files.filter((f) => !ACCEPTED.test(f.name)).map((f) => f.name);
    if (wanted.length === 0) {
      status.replaceChildren(
        el('p', { class: 'error', role: 'alert' }, `Only .txt, .html and .jsonl files can be added${refused.length ? ` (not ${refused.join(', ')})` : ''}.`),
      );
      return;
    }
    const names = wanted.map((f) => f.name).join(', ');
    void submit(() => api.addFiles(wanted), `Uploading ${names}…`).then(() => {
      picker.value = '';
    });
  };
  picker.addEventListener('change', () => upload([...(picker.files ?? [])]));
  const dropZone = el(
    'div',
    { class: 'drop-zone' },
    el('p', {}, 'Drop .txt, .html or .jsonl files here, or choose them:'),
    el('label', { for: 'upload-files', class: 'visually-hidden' }, 'Article files'),
    picker,
  );
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    upload([...(event.dataTransfer?.files ?? [])]);
  });

  return section(
    'add',
    'Add articles',
    el('h3', {}, 'Upload files'),
    dropZone,
    el('h3', {}, 'Paste an article'),
    pasteForm,
    status,
  );
}
