// Runs Bot Connector tokens through Microsoft's own validator (botframework-connector's JwtTokenValidation),
// so our C# validator's table can be checked against it. Usage: node check-tokens.js CASES.json
// CASES.json: {"metadataUrl": "...", "appId": "...", "cases": [{"name", "authorization", "activity"}]}
// Prints one JSON array: [{"name", "accepted", "reason"}].
const fs = require('fs');
const { JwtTokenValidation, SimpleCredentialProvider, ChannelValidation } = require('botframework-connector');

(async () => {
  const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  ChannelValidation.OpenIdMetadataEndpoint = input.metadataUrl;
  const credentials = new SimpleCredentialProvider(input.appId, '');
  const results = [];
  for (const c of input.cases) {
    try {
      const identity = await JwtTokenValidation.authenticateRequest(c.activity, c.authorization || '', credentials, '');
      results.push({ name: c.name, accepted: identity.isAuthenticated === true });
    } catch (e) {
      results.push({ name: c.name, accepted: false, reason: String(e && e.message) });
    }
  }
  // The library logs to the console on some failures; keep stdout for the result only.
  process.stdout.write('\n@@RESULT@@' + JSON.stringify(results) + '\n');
})().catch((e) => { console.error('ERROR', e); process.exitCode = 2; });
