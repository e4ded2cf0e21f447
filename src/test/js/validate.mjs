// Runs html-validate on the given files with this folder's .htmlvalidate.json and prints the
// results as JSON. The configuration is the recommended preset, except: a group of checkboxes
// shares one name (valid HTML: the form sends every ticked value), and trailing white space is
// not checked, as it is a matter of source layout that Qute's loops leave in the rendered page. html-validate's own CLI needs Node.js 22 (fs.globSync) to expand its file
// arguments; its API needs no globbing and runs on the Node.js 20 these machines have.
import { readFile } from "node:fs/promises";
import { HtmlValidate, StaticConfigLoader } from "html-validate";

const configPath = new URL(".htmlvalidate.json", import.meta.url);
const config = JSON.parse(await readFile(configPath, "utf8"));
const validator = new HtmlValidate(new StaticConfigLoader(config));
const results = [];
for (const file of process.argv.slice(2)) {
  const report = await validator.validateFile(file);
  const messages = report.results.flatMap((result) => result.messages);
  results.push({ file, messages });
}
console.log(JSON.stringify(results, null, 1));
