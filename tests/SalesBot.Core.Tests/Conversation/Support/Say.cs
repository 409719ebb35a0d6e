using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Tests.Conversation.Support;

/// <summary>Short constructors for the parsed commands the parser contract promises.</summary>
public static class Say
{
    public static ParsedCommand Log(ActivityType type, string? account, string? contact = null, DateOnly? on = null, string? notes = null) =>
        new(Intent.LogActivity, 0.95) { Activity = type, Account = account, Contact = contact, Date = on, Notes = notes };

    public static ParsedCommand NewDeal(string name, string? account = null, decimal? amount = null, string? currency = null) =>
        new(Intent.CreateDeal, 0.95) { Deal = name, Account = account, Amount = amount, Currency = currency };

    public static ParsedCommand Move(string deal, DealStage stage) => new(Intent.MoveDeal, 0.95) { Deal = deal, Stage = stage };

    public static ParsedCommand Update(string deal, decimal? amount = null, DateOnly? close = null) =>
        new(Intent.UpdateDeal, 0.95) { Deal = deal, Amount = amount, Date = close };

    public static ParsedCommand Task(string title, DateOnly? due = null) => new(Intent.AddTask, 0.95) { Title = title, Date = due };

    public static ParsedCommand Done(string title) => new(Intent.CompleteTask, 0.95) { Title = title };

    public static ParsedCommand Plan(params string[] items) => new(Intent.SetPlan, 0.95) { Items = items };

    public static ParsedCommand Pipeline(string? scope = null, DealStage? stage = null) => new(Intent.ShowPipeline, 0.95) { Scope = scope, Stage = stage };

    public static ParsedCommand Show(string account) => new(Intent.ShowAccount, 0.95) { Account = account };

    public static ParsedCommand Just(Intent intent) => new(intent, 0.95);
}
