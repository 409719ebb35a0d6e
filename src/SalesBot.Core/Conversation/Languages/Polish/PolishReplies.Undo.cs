using SalesBot.Core.Features.Undo;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string Amended(Amended a) => $"✎ Poprawiono (zastąpiono: {a.Replaced}). {a.Then.Render(this)}";
}
