// A plate carrée projection fitted to a set of places: longitudes shrink by
// the cosine of the middle latitude so shapes keep their proportions near
// the places, and the box around the places (plus a margin) fills the frame.

export interface LonLat {
  lon: number;
  lat: number;
}

export interface FittedProjection {
  width: number;
  height: number;
  project(lon: number, lat: number): [number, number];
}

export interface FitOptions {
  /** Share of the box added on each side. */
  margin?: number;
  /** Smallest box side in degrees, so a single place still shows its region. */
  minSpan?: number;
}

export function fitProjection(
  places: LonLat[],
  width: number,
  height: number,
  { margin = 0.15, minSpan = 4 }: FitOptions = {},
): FittedProjection {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  let west = places.length ? Math.min(...lons) : -180;
  let east = places.length ? Math.max(...lons) : 180;
  let south = places.length ? Math.min(...lats) : -60;
  let north = places.length ? Math.max(...lats) : 80;
  const widen = (low: number, high: number, min: number): [number, number] => {
    const span = Math.max(high - low, min);
    const middle = (low + high) / 2;
    const padded = span * (1 + 2 * margin);
    return [middle - padded / 2, middle + padded / 2];
  };
  [south, north] = widen(south, north, minSpan);
  south = Math.max(south, -89);
  north = Math.min(north, 89);
  const shrink = Math.cos((((south + north) / 2) * Math.PI) / 180);
  [west, east] = widen(west, east, minSpan);

  const boxWidth = (east - west) * shrink;
  const boxHeight = north - south;
  const scale = Math.min(width / boxWidth, height / boxHeight);
  const centreX = ((west + east) / 2) * shrink;
  const centreY = (south + north) / 2;
  return {
    width,
    height,
    project(lon: number, lat: number): [number, number] {
      return [width / 2 + (lon * shrink - centreX) * scale, height / 2 - (lat - centreY) * scale];
    },
  };
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The places the map is framed on: the densest region of the event, that
 *  is the places within `radiusKm` of one place, the one whose neighbourhood
 *  holds the most mentions (then the most places; then the first). A place
 *  far from it — often a country's centroid, as Russia's for a battle in
 *  Syria — would shrink the region to a corner: it is listed, not framed. */
export function framedPlaces<T extends LonLat & { mentions?: number }>(places: T[], radiusKm = 1500): T[] {
  let best: T[] = [];
  let bestMentions = -1;
  for (const centre of places) {
    const near = places.filter((p) => distanceKm(centre, p) <= radiusKm);
    const mentions = near.reduce((sum, p) => sum + (p.mentions ?? 1), 0);
    if (mentions > bestMentions || (mentions === bestMentions && near.length > best.length)) {
      best = near;
      bestMentions = mentions;
    }
  }
  return best;
}

/** SVG path data of polygons' rings. A ring that jumps across the
 *  antimeridian is broken there rather than drawn across the whole map. */
export function ringsToPath(rings: number[][][], projection: FittedProjection): string {
  const out: string[] = [];
  const r = (v: number) => Math.round(v * 10) / 10;
  for (const ring of rings) {
    let previousLon: number | null = null;
    let closed = true;
    ring.forEach(([lon, lat], i) => {
      const [x, y] = projection.project(lon, lat);
      const jump = previousLon !== null && Math.abs(lon - previousLon) > 180;
      if (jump) closed = false;
      out.push(`${i === 0 || jump ? 'M' : 'L'}${r(x)},${r(y)}`);
      previousLon = lon;
    });
    if (ring.length > 0 && closed) out.push('Z');
  }
  return out.join('');
}
