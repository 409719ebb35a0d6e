using SalesBot.Core.Features.Plans;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string PlanMissing(PlanMissing o) =>
        "Jakie są priorytety na dziś? Na przykład: „plan na dziś: oferta Contoso, telefon do Kevina, demo dla Fabrikam”. Nic nie zostało zapisane.";

    public override string PlanSet(PlanSet o) =>
        $"✓ {(o.Replaced ? "Nowy plan na dziś (zastąpił poprzedni)" : "Plan na dziś")}:\n{string.Join('\n', o.Items.Select((item, i) => $"{Ordinal(i + 1)} {item}"))}";
}
