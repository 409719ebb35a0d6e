using SalesBot.Core.Features.Undo;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string Amended(Amended a) => $"✎ Amended (replaced {a.Replaced}). {a.Then.Render(this)}";
}
