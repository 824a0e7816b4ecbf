// Checks JSON documents against a JSON Schema with ajv, the reference validator, so Tessera's own
// exports are judged by something other than Tessera. Exit 0: all valid; 1: some invalid;
// 3: ajv is not installed (Debian: node-ajv).
'use strict';
const fs = require('fs');

const [schemaPath, ...documents] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
let Ajv;
try {
    Ajv = (schema.$schema || '').includes('2020-12') ? require('ajv/dist/2020') : require('ajv/dist/2019');
} catch (e) {
    console.error('ajv is not installed: ' + e.message);
    process.exit(3);
}
// Formats are annotations in these drafts; the standards' schemas use some ajv does not know.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(schema);
let failed = 0;
for (const path of documents) {
    const data = JSON.parse(fs.readFileSync(path, 'utf8'));
    if (validate(data)) {
        console.log(path + ': valid');
    } else {
        failed++;
        console.log(path + ': ' + ajv.errorsText(validate.errors, { separator: '; ' }));
    }
}
process.exit(failed ? 1 : 0);
