using SalesBot.Core.Features.Undo;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string Amended(Amended a) => $"✎ Исправлено (заменено: {a.Replaced}). {a.Then.Render(this)}";
}
