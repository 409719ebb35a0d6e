using SalesBot.Core.Features.Plans;

namespace SalesBot.Core.Conversation.Languages;

public abstract partial class LanguageReplies
{
    public abstract string PlanMissing(PlanMissing o);

    public abstract string PlanSet(PlanSet o);
}
