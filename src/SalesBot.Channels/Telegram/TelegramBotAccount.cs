using SalesBot.Channels.Outbox;

namespace SalesBot.Channels.Telegram;

/// <summary>Woken when a new update is in the inbox, so the processor starts on it at once.</summary>
public sealed class TelegramInboxSignal : WakeSignal;

/// <summary>The bot's own id and username, asked once from getMe and then remembered.</summary>
public sealed class TelegramBotAccount(ITelegramBotApi api)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TelegramBotIdentity? _identity;

    public async Task<TelegramBotIdentity> GetAsync(CancellationToken cancellationToken)
    {
        if (_identity is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_identity is null)
            {
                var me = await api.GetMeAsync(cancellationToken);
                _identity = new TelegramBotIdentity(me.Id, me.Username ?? "");
            }

            return _identity;
        }
        finally
        {
            _gate.Release();
        }
    }
}
