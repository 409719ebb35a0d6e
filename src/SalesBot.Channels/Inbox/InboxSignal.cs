using SalesBot.Channels.Outbox;

namespace SalesBot.Channels.Inbox;

/// <summary>Woken when a new row is in the inbox, so the processor starts on it at once.</summary>
public sealed class InboxSignal : WakeSignal;
