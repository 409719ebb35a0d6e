// Starts telegram-test-api (the package ships no CLI) on 127.0.0.1:TG_PORT for the end-to-end tests.
const TelegramServer = require('telegram-test-api');

const port = Number(process.env.TG_PORT || 9000);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 60 });

// Without this a webhook that answers non-2xx (or is unreachable) kills the emulator (PEERS.md §1).
process.on('unhandledRejection', (e) => console.error('unhandledRejection (webhook failure?):', String(e)));

// Stop when signalled; a test that owns this process (TG_STOP_WITH_STDIN=1) also stops it by closing our stdin, so
// an emulator never outlives the test run. Run by hand (README, "Try it locally") it stays up until Ctrl+C.
const stop = async () => { try { await server.stop(); } finally { process.exit(0); } };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.env.TG_STOP_WITH_STDIN === '1') {
  process.stdin.on('end', stop);
  process.stdin.resume();
}

server.start().then(() => console.log(`telegram-test-api listening on ${server.config.apiURL} pid=${process.pid}`));
