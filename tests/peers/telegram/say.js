// Plays a Telegram user against telegram-test-api (started with server.js) for the README's "Try it locally": sends one
// message as that user, in a private chat or a group, then prints what the bot wrote in that chat within a few seconds.
//
//   node say.js --from 1:Maria [--group "Acme sales"] TEXT...
//
// Options: --from ID:NAME (the user), --group TITLE (a supergroup with that title instead of the private chat),
// --port (TG_PORT, default 9000), --token (TG_TOKEN, the bot token SalesBot runs with), --wait SECONDS (default 4).
// A text starting with "/" carries a bot_command entity and "@name" a mention, as the real Telegram marks them.
const args = process.argv.slice(2);
const opt = { port: process.env.TG_PORT || '9000', token: process.env.TG_TOKEN || '', wait: '4' };
const words = [];
for (let i = 0; i < args.length; i++) {
  const m = /^--(from|group|port|token|wait)$/.exec(args[i]);
  if (m) { opt[m[1]] = args[++i]; } else { words.push(args[i]); }
}

const text = words.join(' ');
const from = /^(\d+):(.+)$/.exec(opt.from || '');
if (!from || !text || !opt.token) {
  console.error('usage: TG_TOKEN=TOKEN node say.js --from ID:NAME [--group TITLE] TEXT');
  process.exit(2);
}

const user = { id: Number(from[1]), first_name: from[2], is_bot: false };
// A group's id is derived from its title so the same title is the same group on every call.
const groupId = opt.group ? -1000000000000 - [...opt.group].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1000000000, 7) : null;
const chat = opt.group
  ? { id: groupId, type: 'supergroup', title: opt.group }
  : { id: user.id, type: 'private', first_name: user.first_name };

const entities = [];
const command = /^\/\S+/.exec(text);
if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
for (const mention of text.matchAll(/@\w+/g)) {
  if (mention.index > 0 || !command) entities.push({ type: 'mention', offset: mention.index, length: mention[0].length });
}

const base = `http://127.0.0.1:${opt.port}`;
const post = async (path, body) => {
  const response = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.json();
};

(async () => {
  // Read what is already there so only this message's answers are printed.
  await post('/getUpdates', { token: opt.token, chatId: chat.id });
  await post('/sendMessage', { botToken: opt.token, from: user, chat, date: Math.floor(Date.now() / 1000), text, entities });
  const until = Date.now() + Number(opt.wait) * 1000;
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const { result = [] } = await post('/getUpdates', { token: opt.token, chatId: chat.id });
    for (const update of result) {
      const message = update.message || {};
      const buttons = ((message.reply_markup || {}).inline_keyboard || []).flat().map((b) => `[${b.text}]`).join(' ');
      console.log(`${opt.group ? opt.group : 'bot'}> ${message.text || '(no text)'}${buttons ? '\n  ' + buttons : ''}`);
    }
  }
})().catch((error) => {
  console.error(`say.js: telegram-test-api on ${base} did not answer (${error.message}); start it with: node server.js`);
  process.exit(1);
});
