using SalesBot.Core.Features.Plans;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string PlanMissing(PlanMissing o) =>
        "What are today's priorities? For example: \"plan: Contoso proposal, call Kevin, demo for Fabrikam\". Nothing was written.";

    public override string PlanSet(PlanSet o) =>
        $"✓ {(o.Replaced ? "Replaced today's plan" : "Today's plan")}:\n{string.Join('\n', o.Items.Select((item, i) => $"{i + 1}. {item}"))}";
}
