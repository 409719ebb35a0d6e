using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;

namespace SalesBot.Core.Features.Deals;

/// <summary>A pipeline by stage, or one stage's deals; the team's whole pipeline ends with its forecast.</summary>
public sealed record PipelineShown(Whose Whose, Crm.DealStage? Stage, bool Team, DateOnly Today, IReadOnlyList<PipelineShown.Line> Deals) : Outcome
{
    public sealed record Line(string Name, string Account, string Owner, Crm.DealStage Stage, Figure? Amount, DateOnly? CloseDate);

    /// <summary>The team's forecast (weighted pipeline, this month and quarter, overdue and slipping deals, the stage probabilities), when shown.</summary>
    public Reports.Forecast.KpiForecast? Forecast { get; init; }

    public override string Render(LanguageReplies words) => Forecast is null
        ? words.PipelineShown(this)
        : string.Join('\n', new[] { words.PipelineShown(this) }.Concat(Reports.Forecast.ForecastMessage.Lines(Forecast, showAmounts: true, words))
            .Append(words.Reports.StageProbabilities(Forecast.Probabilities.Select(kv => (kv.Key, kv.Value)))));

    public override string? Title(LanguageReplies words) => words.PipelineShownTitle(this);
}
