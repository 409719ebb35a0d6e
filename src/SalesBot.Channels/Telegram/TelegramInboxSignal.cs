using SalesBot.Channels.Outbox;

namespace SalesBot.Channels.Telegram;

/// <summary>Woken when a new update is in the inbox, so the processor starts on it at once.</summary>
public sealed class TelegramInboxSignal : WakeSignal;
