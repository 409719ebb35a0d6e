// Checks an Adaptive Card (a JSON file) against Microsoft's Teams card types, @microsoft/teams.cards, whose
// interfaces are generated from the schema Teams renders: an unknown element or property, a wrong value type or a
// missing required field is a compile error. Usage: node check-card.js CARD.json; exit 0 when the card type-checks,
// 1 with the compiler's messages on stdout otherwise.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const cardPath = process.argv[2];
if (!cardPath) {
  console.error('usage: node check-card.js CARD.json');
  process.exit(2);
}

const card = JSON.parse(fs.readFileSync(cardPath, 'utf8'));
const cards = path.join(__dirname, 'node_modules', '@microsoft', 'teams.cards');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesbot-card-'));
try {
  const source = path.join(dir, 'card.ts');
  // An object literal assigned to the typed constant: TypeScript's excess-property check rejects unknown fields.
  fs.writeFileSync(source,
    `import type { IAdaptiveCard } from ${JSON.stringify(cards)};\n` +
    `const card: IAdaptiveCard = ${JSON.stringify(card, null, 2)};\n` +
    'export default card;\n');
  const tsc = path.join(__dirname, 'node_modules', '.bin', 'tsc');
  const run = spawnSync(tsc, ['--noEmit', '--strict', '--skipLibCheck', '--module', 'esnext', '--moduleResolution', 'bundler', source],
    { encoding: 'utf8' });
  process.stdout.write((run.stdout || '') + (run.stderr || ''));
  process.exit(run.status === 0 ? 0 : 1);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
