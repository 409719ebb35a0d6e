using SalesBot.Core.Crm;

namespace SalesBot.Core.Reports;

/// <summary>
/// One definition of each deal counter, used by the stand-up and the digest alike, so the two never
/// disagree about the same moves (they did: the stand-up left wins and losses out of its stage moves).
/// </summary>
public static class ReportCounters
{
    /// <summary>The first stage record of a deal: it was opened.</summary>
    public static bool IsNewDeal(DealStage? from) => from is null;

    /// <summary>A deal changing stage, to won or lost included; opening a deal is not a move.</summary>
    public static bool IsStageMove(DealStage? from) => from is not null;

    public static bool IsWin(DealStage? from, DealStage to) => IsStageMove(from) && to == DealStage.Won;

    public static bool IsLoss(DealStage? from, DealStage to) => IsStageMove(from) && to == DealStage.Lost;
}
