using SalesBot.Core.Features.Deals;

namespace SalesBot.Core.Conversation.Languages;

public abstract partial class LanguageReplies
{
    public string Money(Replies.Figure figure) => Money(figure.Amount, figure.Currency);

    public abstract string DealNeedsAccount(DealNeedsAccount o);

    public abstract string DealAlreadyOpen(DealAlreadyOpen o);

    public abstract string DealCreated(DealCreated o);

    public abstract string AlreadyInStage(AlreadyInStage o);

    public abstract string StageMoved(StageMoved o);

    public abstract string AskReopen(AskReopen o);

    public abstract string DealChangeMissing(DealChangeMissing o);

    public abstract string DealUpdated(DealUpdated o);

    public abstract string ClosedDealsShown(ClosedDealsShown o);

    public abstract string? ClosedDealsShownTitle(ClosedDealsShown o);

    public abstract string DealsClosingShown(DealsClosingShown o);

    public abstract string? DealsClosingShownTitle(DealsClosingShown o);

    public abstract string PipelineShown(PipelineShown o);

    public abstract string? PipelineShownTitle(PipelineShown o);

    public abstract string PipelineHidden(PipelineHidden o);

    public abstract string NoMemberCalled(NoMemberCalled o);
}
