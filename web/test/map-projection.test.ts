import { describe, expect, it } from 'vitest';
import { distanceKm, fitProjection, framedPlaces, ringsToPath } from '../src/model/map-projection';

const places = [
  { lon: 38.28, lat: 34.56 }, // Palmyra
  { lon: 40.14, lat: 35.34 }, // Deir ez-Zor
  { lon: 36.28, lat: 33.51 }, // Damascus
];

describe('map projection', () => {
  it('frames every place inside the map with a margin', () => {
    const p = fitProjection(places, 600, 400, { margin: 0.15 });
    for (const { lon, lat } of places) {
      const [x, y] = p.project(lon, lat);
      expect(x).toBeGreaterThan(600 * 0.05);
      expect(x).toBeLessThan(600 * 0.95);
      expect(y).toBeGreaterThan(400 * 0.05);
      expect(y).toBeLessThan(400 * 0.95);
    }
  });

  it('puts north up and east right, centred on the box', () => {
    const p = fitProjection(places, 600, 400);
    const [x1, y1] = p.project(36, 33);
    const [x2, y2] = p.project(40, 35);
    expect(x2).toBeGreaterThan(x1);
    expect(y2).toBeLessThan(y1);
    const [cx, cy] = p.project((36.28 + 40.14) / 2, (33.51 + 35.34) / 2);
    expect(cx).toBeCloseTo(300, 5);
    expect(cy).toBeCloseTo(200, 5);
  });

  it('shrinks longitudes by the cosine of the middle latitude', () => {
    const p = fitProjection([{ lon: 0, lat: 60 }], 500, 500, { minSpan: 4 });
    const [x0, y0] = p.project(0, 60);
    const [x1] = p.project(1, 60);
    const [, y1] = p.project(0, 61);
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(Math.cos((60 * Math.PI) / 180), 5);
  });

  it('shows a region around a single place', () => {
    const p = fitProjection([{ lon: 38.28, lat: 34.56 }], 600, 400, { minSpan: 4, margin: 0 });
    const [, top] = p.project(38.28, 36.56);
    const [, bottom] = p.project(38.28, 32.56);
    expect(bottom - top).toBeCloseTo(400, 5);
  });

  it('draws rings and breaks them where they cross the antimeridian', () => {
    const p = fitProjection([{ lon: 0, lat: 0 }], 100, 100);
    expect(ringsToPath([[[0, 0], [1, 0], [1, 1], [0, 0]]], p)).toMatch(/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+){3}Z$/);
    const crossing = ringsToPath([[[179, 0], [-179, 0], [-179, 1]]], p);
    expect(crossing.match(/M/g)).toHaveLength(2);
    expect(crossing.endsWith('Z')).toBe(false);
  });
});

describe('framed places', () => {
  const region = [
    { name: 'Palmyra', lon: 38.28, lat: 34.56, mentions: 22 },
    { name: 'Syria', lon: 38.5, lat: 35.0, mentions: 12 },
    { name: 'Deir ez-Zor', lon: 40.14, lat: 35.34, mentions: 3 },
    { name: 'Iraq', lon: 44.0, lat: 33.0, mentions: 3 },
  ];
  const russia = { name: 'Russia', lon: 105.0, lat: 61.5, mentions: 3 };

  it('measures great-circle distances', () => {
    expect(distanceKm({ lon: 2.35, lat: 48.86 }, { lon: -0.13, lat: 51.51 })).toBeGreaterThan(330);
    expect(distanceKm({ lon: 2.35, lat: 48.86 }, { lon: -0.13, lat: 51.51 })).toBeLessThan(350);
  });

  it('leaves a far country centroid out of the frame of a regional event', () => {
    expect(framedPlaces([...region, russia]).map((p) => p.name)).toEqual(['Palmyra', 'Syria', 'Deir ez-Zor', 'Iraq']);
  });

  it('frames where the mentions are, even when the first place is far', () => {
    expect(framedPlaces([russia, ...region]).map((p) => p.name)).toEqual(['Palmyra', 'Syria', 'Deir ez-Zor', 'Iraq']);
  });

  it('keeps every place when they are all near, and a lone place alone', () => {
    expect(framedPlaces(region)).toHaveLength(4);
    expect(framedPlaces([russia])).toEqual([russia]);
    expect(framedPlaces([])).toEqual([]);
  });
});
