// The world's country outlines from the world-atlas package (Natural Earth
// 1:50m, TopoJSON), bundled into the page as their own chunk: the map needs
// no tile server and no network.

import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryOutline {
  name: string;
  /** Polygon rings of [lon, lat] points. */
  rings: number[][][];
}

let loaded: Promise<CountryOutline[]> | null = null;

export function loadCountryOutlines(): Promise<CountryOutline[]> {
  loaded ??= import('world-atlas/countries-50m.json').then((module) => {
    const topology = (module.default ?? module) as unknown as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topology, topology.objects.countries);
    return countries.features.map((country) => {
      const geometry = country.geometry;
      const rings =
        geometry.type === 'Polygon'
          ? geometry.coordinates
          : geometry.type === 'MultiPolygon'
            ? geometry.coordinates.flat()
            : [];
      return { name: String((country.properties as { name?: string } | null)?.name ?? ''), rings };
    });
  });
  return loaded;
}
