// Checks that standard input is valid GeoJSON (RFC 7946) as a map tool reads
// it, with @placemarkio/check-geojson, and that it holds recoupe's events:
// at least one Feature of kind "event" with a Point at a plausible position
// and its title, dates and facts. Exit 0 when it does; 1 with the problems.
import { check } from "@placemarkio/check-geojson";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const text = Buffer.concat(chunks).toString("utf8");

const problems = [];
let collection;
try {
  collection = check(text);
} catch (error) {
  const issues = error.issues ? error.issues.map((i) => i.message).join("; ") : String(error);
  console.error(`check-geojson: not valid GeoJSON: ${issues}`);
  process.exit(1);
}
if (collection.type !== "FeatureCollection") problems.push("not a FeatureCollection");
const events = (collection.features || []).filter((f) => f.properties?.kind === "event");
if (events.length === 0) problems.push("no Feature of kind 'event'");
for (const event of events) {
  const where = event.geometry?.coordinates;
  if (event.geometry && event.geometry.type !== "Point") problems.push(`${event.id}: not a Point`);
  if (where && (Math.abs(where[0]) > 180 || Math.abs(where[1]) > 90))
    problems.push(`${event.id}: position ${where} is off the globe`);
  for (const key of ["title", "earliest", "latest", "facts", "conflicts", "flags"])
    if (!(key in event.properties)) problems.push(`${event.id}: no property ${key}`);
}
if (problems.length) {
  console.error(`check-geojson: ${problems.join("; ")}`);
  process.exit(1);
}
console.log(`check-geojson: valid, ${events.length} event(s), ${collection.features.length} feature(s)`);
