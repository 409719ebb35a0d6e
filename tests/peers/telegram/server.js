// Starts telegram-test-api (the package ships no CLI) on 127.0.0.1:TG_PORT for the end-to-end tests.
const TelegramServer = require('telegram-test-api');

const port = Number(process.env.TG_PORT || 9000);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 60 });

// Without this a webhook that answers non-2xx (or is unreachable) kills the emulator (PEERS.md §1).
process.on('unhandledRejection', (e) => console.error('unhandledRejection (webhook failure?):', String(e)));

// The test owns this process; stop when it closes our stdin or signals us.
const stop = async () => { try { await server.stop(); } finally { process.exit(0); } };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();

server.start().then(() => console.log(`telegram-test-api listening on ${server.config.apiURL} pid=${process.pid}`));
