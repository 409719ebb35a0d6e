using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// The bot's own id and username without asking Telegram: the id is the token's part before the colon, the
/// username the one the last successful getMe stored (<see cref="BotAccount"/>). Processing the inbox never
/// waits for the Bot API; before any getMe ever succeeded the username is empty, so only "@name" mentions
/// go unrecognised until then (commands, replies to the bot and private chats work).
/// </summary>
public sealed class TelegramBotAccount(IOptions<TelegramOptions> options, IDbContextFactory<SalesBotDb> dbs)
{
    private volatile string? _username;

    public long Id => long.Parse(options.Value.BotId, CultureInfo.InvariantCulture);

    public async Task<TelegramBotIdentity> GetAsync(CancellationToken cancellationToken)
    {
        if (_username is null)
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            var botId = options.Value.BotId;
            _username = await db.BotAccounts.AsNoTracking()
                .Where(a => a.Channel == ChannelKind.Telegram && a.BotId == botId)
                .Select(a => a.Username)
                .FirstOrDefaultAsync(cancellationToken);
        }

        return new TelegramBotIdentity(Id, _username ?? "");
    }

    /// <summary>Stores what getMe answered, for this host and every later start.</summary>
    public async Task RememberAsync(string username, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var botId = options.Value.BotId;
        var row = await db.BotAccounts.FirstOrDefaultAsync(a => a.Channel == ChannelKind.Telegram && a.BotId == botId, cancellationToken);
        if (row is null)
        {
            db.BotAccounts.Add(new BotAccount { Channel = ChannelKind.Telegram, BotId = botId, Username = username, ConfirmedAt = now });
        }
        else
        {
            row.Username = username;
            row.ConfirmedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (row is null)
        {
            // Another host stored it at the same moment; its row says the same.
        }

        _username = username;
    }
}
