using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// A manager changes a stage's win probability in chat, in English, Polish and Russian: every phrasing below is a
/// set_team_setting of probability_STAGE with a whole percent; near misses (a deal called like a stage, a question, a
/// percent without the probability word, a number over 100) stay what they were.
/// </summary>
public class StageProbabilitySettingTests
{
    private static readonly DateTime Now = new(2026, 11, 18, 10, 0, 0);

    // Each stage as reps of the language write it, in the forms the templates need.
    private static readonly (string Language, string Stage, string[] Words)[] Stages =
    [
        ("en", "lead", ["lead", "leads", "Lead"]),
        ("en", "qualified", ["qualified", "qualification", "Qualified"]),
        ("en", "proposal", ["proposal", "proposals", "quote", "Proposal"]),
        ("en", "negotiation", ["negotiation", "negotiations", "Negotiation"]),
        ("pl", "lead", ["lead", "leadów", "leady"]),
        ("pl", "qualified", ["kwalifikacja", "kwalifikacji", "zakwalifikowane"]),
        ("pl", "proposal", ["oferta", "oferty", "ofercie"]),
        ("pl", "negotiation", ["negocjacje", "negocjacji", "negocjacjach"]),
        ("ru", "lead", ["лид", "лидов", "лиды"]),
        ("ru", "qualified", ["квалификация", "квалификации"]),
        ("ru", "proposal", ["КП", "кп", "предложение", "коммерческое предложение"]),
        ("ru", "negotiation", ["переговоры", "переговоров", "переговорах"]),
    ];

    private static readonly Dictionary<string, string[]> Templates = new()
    {
        ["en"] =
        [
            "{s} probability {n}%", "{s} probability {n}", "probability {s} {n}%", "set {s} probability to {n}%",
            "set the {s} probability to {n} percent", "change {s} probability to {n}%", "probability of {s} {n}%",
            "probability for {s} = {n}", "{s} stage probability {n}%", "make the win probability for {s} {n}%",
            "odds for {s} {n}%", "set the odds of {s} deals to {n}", "{s} win rate {n}%", "pls set {s} probability {n}%",
            "Probability: {s} {n}%", "{s} deals probability {n} pct",
        ],
        ["pl"] =
        [
            "prawdopodobieństwo {s} {n}%", "prawdopodobieństwo dla {s} {n}%", "ustaw prawdopodobieństwo {s} na {n}%",
            "prawdopodobienstwo {s} {n}", "zmień prawdopodobieństwo na etapie {s} na {n} procent", "szansa wygranej {s} {n}%",
            "prawdopodobieństwo etapu {s} {n} proc", "waga {s} {n}%", "ustaw wagę {s} {n}%", "{s} prawdopodobieństwo {n}%",
            "proszę ustaw prawdopodobieństwo dla etapu {s} na {n}%",
        ],
        ["ru"] =
        [
            "вероятность {s} {n}%", "вероятность для {s} {n}%", "поставь вероятность {s} {n}%", "установи вероятность на этапе {s} {n}%",
            "вероятность этапа {s} {n} процентов", "измени вероятность {s} на {n}%", "шанс {s} {n}%", "вес {s} {n}%",
            "{s} вероятность {n}%", "вероятность выигрыша {s} {n} проц",
        ],
    };

    public static TheoryData<string, string, string, string> Phrasings()
    {
        var data = new TheoryData<string, string, string, string>();
        var percents = new[] { 0, 5, 40, 85, 100 };
        var i = 0;
        foreach (var (language, stage, words) in Stages)
        {
            foreach (var template in Templates[language])
            {
                foreach (var word in words)
                {
                    var n = percents[i++ % percents.Length];
                    data.Add(template.Replace("{s}", word, StringComparison.Ordinal).Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                        "probability_" + stage, n.ToString(System.Globalization.CultureInfo.InvariantCulture), language);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void ReadsAStagesProbability(string text, string setting, string percent, string language)
    {
        var parsed = MessageParser.English.Parse(text, Now);

        Assert.Equal(Intent.SetTeamSetting, parsed.Intent);
        Assert.Equal((setting, percent), (parsed.Setting, parsed.Argument));
        Assert.Equal(language, parsed.Language);
        Assert.Null(parsed.More);
        Assert.False(parsed.Confirm);
    }

    [Theory]
    [InlineData("probabilities: lead 5, qualified 20, proposal 45, negotiation 80", "en")]
    [InlineData("set probabilities lead 5% qualified 20% proposal 45% negotiation 80%", "en")]
    [InlineData("probability lead 5 and qualified 20 and proposal 45 and negotiation 80", "en")]
    [InlineData("prawdopodobieństwa: lead 5, kwalifikacja 20, oferta 45, negocjacje 80", "pl")]
    [InlineData("ustaw prawdopodobieństwa lead 5% i kwalifikacja 20% i oferta 45% i negocjacje 80%", "pl")]
    [InlineData("вероятности: лид 5, квалификация 20, КП 45, переговоры 80", "ru")]
    [InlineData("вероятность лид 5% и квалификация 20% и КП 45% и переговоры 80%", "ru")]
    public void ReadsSeveralStagesInOneMessage(string text, string language)
    {
        var parsed = MessageParser.English.Parse(text, Now);

        Assert.Equal(Intent.SetTeamSetting, parsed.Intent);
        Assert.Equal(language, parsed.Language);
        var all = new[] { parsed }.Concat(parsed.More!).Select(p => (p.Intent, p.Setting, p.Argument)).ToList();
        Assert.Equal(
            [
                (Intent.SetTeamSetting, "probability_lead", "5"), (Intent.SetTeamSetting, "probability_qualified", "20"),
                (Intent.SetTeamSetting, "probability_proposal", "45"), (Intent.SetTeamSetting, "probability_negotiation", "80"),
            ],
            all);
    }

    [Theory]
    [InlineData("proposal 40%")]
    [InlineData("Contoso proposal 40%")]
    [InlineData("move Contoso to proposal")]
    [InlineData("probability")]
    [InlineData("what's the proposal probability?")]
    [InlineData("what are the stage probabilities")]
    [InlineData("probability proposal")]
    [InlineData("proposal probability 140%")]
    [InlineData("proposal probability high")]
    [InlineData("won probability 100%")]
    [InlineData("lost probability 0")]
    [InlineData("probability of winning Contoso 40%")]
    [InlineData("Contoso has a 40% probability")]
    [InlineData("the odds are 50/50 on Fabrikam")]
    [InlineData("good chance we close Fabrikam, 80%")]
    [InlineData("probability proposal 40 Contoso")]
    [InlineData("sent proposal to Contoso, 40% probability")]
    [InlineData("szansa na wygraną z Mlekpolem 40%")]
    [InlineData("oferta dla Orlenu 40%")]
    [InlineData("jakie jest prawdopodobieństwo oferty?")]
    [InlineData("prawdopodobieństwo oferty 150%")]
    [InlineData("вероятность сделки с Яндексом 40%")]
    [InlineData("отправил КП в Озон, вероятность 40%")]
    [InlineData("какая вероятность у КП?")]
    [InlineData("вероятность КП высокая")]
    public void LeavesANearMissAlone(string text)
    {
        var parsed = MessageParser.English.Parse(text, Now);

        Assert.False(parsed.Intent == Intent.SetTeamSetting && parsed.Setting?.StartsWith("probability_", StringComparison.Ordinal) == true,
            $"'{text}' set {parsed.Setting} to {parsed.Argument}");
    }
}
