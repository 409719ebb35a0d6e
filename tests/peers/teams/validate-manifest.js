// Validates Teams app manifests against Microsoft's official schema, offline (the schemas ship inside
// @microsoft/app-manifest). Usage: node validate-manifest.js FILE...; exit 0 = all valid, 1 = invalid, 2 = error.
const fs = require('fs');
const { AppManifestUtils } = require('@microsoft/app-manifest');

(async () => {
  for (const file of process.argv.slice(2)) {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    const errors = await AppManifestUtils.validateAgainstSchema(manifest);
    console.log(`${file}: ${errors.length ? 'INVALID' : 'VALID'}`);
    errors.forEach((e) => console.log('  - ' + e));
    if (errors.length) process.exitCode = 1;
  }
})().catch((e) => { console.error('ERROR', e.message); process.exitCode = 2; });
