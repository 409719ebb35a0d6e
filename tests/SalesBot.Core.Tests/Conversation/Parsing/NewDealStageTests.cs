using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14: "new deal Northwind Traders support contract 8,500 eur" opened in Negotiation. A stage word inside the
/// deal's name ("support contract", "contract renewal", "proposal writing") names the deal, which opens at the first
/// stage; a stage said after a link or a label ("in negotiation", "stage proposal") or right after the company is the stage.
/// </summary>
public class NewDealStageTests
{
    private static readonly DateTime Now = new(2026, 11, 18, 10, 0, 0);

    private static readonly string[] Heads = ["new deal", "new opp", "new opportunity", "create a deal for", "opened a new opp with"];
    private static readonly string[] Companies = ["Northwind Traders", "Contoso", "Fabrikam", "Woodgrove Bank", "Litware"];
    private static readonly string[] Amounts = ["8,500 eur", "50k", "$120,000", "30 000 zł"];

    /// <summary>A lowercase word of the name before the stage word, or a name word after it.</summary>
    private static readonly string[] Compounds =
    [
        "support contract", "maintenance contract", "service contract", "licence contract", "contract renewal",
        "contract extension", "proposal writing", "quote tool", "demo kit",
    ];

    public static TheoryData<string, string> StageWordsInTheName()
    {
        var data = new TheoryData<string, string>();
        foreach (var head in Heads)
        {
            foreach (var company in Companies)
            {
                foreach (var compound in Compounds)
                {
                    foreach (var amount in Amounts)
                    {
                        data.Add($"{head} {company} {compound} {amount}", $"{company} {compound}");
                    }
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string, DealStage> StagesSaid()
    {
        var data = new TheoryData<string, string, DealStage>();
        foreach (var head in Heads.Take(3))
        {
            foreach (var company in Companies)
            {
                foreach (var amount in Amounts.Take(2))
                {
                    data.Add($"{head} {company} {amount} in negotiation", company, DealStage.Negotiation);
                    data.Add($"{head} {company} {amount}, stage proposal", company, DealStage.Proposal);
                    data.Add($"{head} {company} {amount} at proposal", company, DealStage.Proposal);
                    data.Add($"{head} {company} proposal {amount}", company, DealStage.Proposal);
                    data.Add($"{head} {company} negotiation stage {amount}", company, DealStage.Negotiation);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StageWordsInTheName))]
    public void OpensAtTheFirstStageWhenAStageWordIsPartOfTheName(string text, string deal)
    {
        var parsed = MessageParser.English.Parse(text, Now);

        Assert.Equal(Intent.CreateDeal, parsed.Intent);
        Assert.Equal(deal, parsed.Deal, ignoreCase: true);
        Assert.True(parsed.Stage is null or DealStage.Lead, $"{text}: stage {parsed.Stage}");
    }

    [Theory]
    [MemberData(nameof(StagesSaid))]
    public void KeepsTheStageSaidAfterALinkOrRightAfterTheCompany(string text, string deal, DealStage stage)
    {
        var parsed = MessageParser.English.Parse(text, Now);

        Assert.Equal(Intent.CreateDeal, parsed.Intent);
        Assert.Equal(deal, parsed.Deal, ignoreCase: true);
        Assert.Equal(stage, parsed.Stage);
    }
}
