import { describe, expect, it } from 'vitest';
import { multipartFiles } from '../scripts/mock-server.mjs';

describe('mock server', () => {
  it('reads the files of a multipart upload as the browser sends them', async () => {
    const form = new FormData();
    form.append('files', new Blob(['Homs – « Daech »\n']), '001.txt');
    form.append('files', new Blob(['{"id":"x","text":"t"}\n']), 'feed.jsonl');
    form.append('note', 'not a file');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer());
    const files = multipartFiles(request.headers.get('content-type') ?? '', body);
    expect(files.map((f: { name: string; content: Buffer }) => [f.name, f.content.toString('utf8')])).toEqual([
      ['001.txt', 'Homs – « Daech »\n'],
      ['feed.jsonl', '{"id":"x","text":"t"}\n'],
    ]);
  });
});
