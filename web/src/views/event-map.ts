// The map of an event's places: country outlines (world-atlas) under the
// places as labelled points, framed on the densest region of the places
// (framedPlaces); a place outside that frame is listed as such.

import type { Place } from '../dossier';
import { el, note, section, svg } from '../dom';
import { placeLabels } from '../model/map-labels';
import { fitProjection, framedPlaces, ringsToPath } from '../model/map-projection';
import { loadCountryOutlines } from '../world-outline';

const WIDTH = 560;
const HEIGHT = 340;

function located(places: Place[]): { name: string; lon: number; lat: number; mentions?: number }[] {
  return places.flatMap((p) =>
    typeof p.lat === 'number' && typeof p.lon === 'number' ? [{ name: p.name, lon: p.lon, lat: p.lat, mentions: p.mentions }] : [],
  );
}

export function mapSection(places: Place[]): HTMLElement {
  const allPlaces = located(places);
  const points = framedPlaces(allPlaces);
  const unplaced = places.filter((p) => typeof p.lat !== 'number' || typeof p.lon !== 'number');
  const list = el(
    'ul',
    { class: 'places' },
    allPlaces.map((p) =>
      el(
        'li',
        {},
        el('strong', {}, p.name),
        ` ${p.lat.toFixed(2)}°, ${p.lon.toFixed(2)}°`,
        p.mentions ? ` · ${p.mentions} mention${p.mentions === 1 ? '' : 's'}` : '',
        points.includes(p) ? '' : ' (outside the map)',
      ),
    ),
    unplaced.map((p) => el('li', {}, el('strong', {}, p.name), ' (no coordinates)')),
  );
  if (points.length === 0) return section('map', 'Places', note('No place of this event has coordinates.'), list);

  const projection = fitProjection(points, WIDTH, HEIGHT);
  const placed = points.map((p) => {
    const [x, y] = projection.project(p.lon, p.lat);
    return { x, y, text: p.name };
  });
  const labels = placeLabels(placed, WIDTH, HEIGHT);
  const outlines = svg('g', { class: 'countries' });
  const figure = svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'map', role: 'img', 'aria-label': `Map of ${points.map((p) => p.name).join(', ')}` },
    svg('rect', { class: 'sea', x: 0, y: 0, width: WIDTH, height: HEIGHT }),
    outlines,
    // Dots first, names over them: a name is never hidden by another dot.
    svg('g', { class: 'places-dots' }, placed.map(({ x, y }) => svg('circle', { class: 'place', cx: x, cy: y, r: 5 }))),
    svg(
      'g',
      { class: 'places-names' },
      placed.map(({ text }, i) => svg('text', { class: 'place', x: labels[i].x, y: labels[i].y, 'text-anchor': labels[i].anchor }, text)),
    ),
  );
  const status = el('p', { class: 'note map-status' }, 'Loading country outlines…');
  loadCountryOutlines()
    .then((countries) => {
      outlines.replaceChildren(
        ...countries.map((c) => svg('path', { d: ringsToPath(c.rings, projection) }, svg('title', {}, c.name))),
      );
      status.remove();
    })
    .catch((e: Error) => {
      status.textContent = `Country outlines could not be loaded: ${e.message}`;
    });
  return section('map', 'Places', el('div', { class: 'map-frame' }, figure), status, list);
}
