import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from '../src/model/map-labels';

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('map labels', () => {
  it('writes a lone name to the right of its point', () => {
    const [label] = placeLabels([{ x: 100, y: 100, text: 'Palmyra' }], 400, 300);
    expect(label.anchor).toBe('start');
    expect(label.x).toBeGreaterThan(100);
  });

  it('keeps names of nearby places apart', () => {
    const points = [
      { x: 200, y: 150, text: 'Palmyra' },
      { x: 206, y: 148, text: 'Syria' },
      { x: 212, y: 152, text: 'Deir ez-Zor' },
    ];
    const labels = placeLabels(points, 400, 300);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i].box, labels[j].box)).toBe(false);
  });

  it('turns a name at the right edge to the left of its point', () => {
    const [label] = placeLabels([{ x: 395, y: 150, text: 'Russia' }], 400, 300);
    expect(label.anchor).toBe('end');
    expect(label.box.right).toBeLessThanOrEqual(400);
  });
});
