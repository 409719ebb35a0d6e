using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>Properties that hold for every message: no crash, and case, diacritics, emoji and "!!" change nothing.</summary>
public class RobustnessTests
{
    public static TheoryData<string> Messages() =>
    [
        "spotkanie z Acme wczoraj", "dzwoniłam do Umbrella w sprawie umowy", "nowa szansa Acme licencje 80 tys. zł",
        "wygraliśmy Acme licencje", "przypomnij mi jutro zadzwonić do Hooli", "zrobione: wysłać ofertę do Hooli",
        "KPI zespołu za zeszły tydzień", "przesuń Hooli do kwalifikacji", "встреча с Initech вчера", "звонил в Umbrella по договору",
        "новая сделка Acme лицензии 80 тыс. руб.", "выиграли Acme лицензии", "напомни завтра позвонить в Hooli",
        "KPI команды за прошлую неделю", "перевести Hooli в квалификацию", "демо для Hooli позавчера",
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public void IgnoresCaseEmojiAndExclamationMarks(string text)
    {
        var plain = Parse(text);
        foreach (var variant in new[] { text.ToLowerInvariant(), text + "!!", text + " 🎉", "👍 " + text, "  " + text + "  " })
        {
            var other = Parse(variant);
            Assert.True(plain.Intent == other.Intent && plain.Date == other.Date && plain.Amount == other.Amount && plain.Stage == other.Stage
                && string.Equals(plain.Account, other.Account, StringComparison.OrdinalIgnoreCase)
                && string.Equals(plain.Deal, other.Deal, StringComparison.OrdinalIgnoreCase), $"'{variant}': {Describe(other)} vs {Describe(plain)}");
        }
    }

    [Theory]
    [InlineData("spotkałem się z Acme wczoraj", "spotkalem sie z Acme wczoraj")]
    [InlineData("dzwoniłam do Acme", "dzwonilam do Acme")]
    [InlineData("wysłałam maila do Acme", "wyslalam maila do Acme")]
    [InlineData("byłam w Acme w piątek", "bylam w Acme w piatek")]
    [InlineData("wygraliśmy Acme licencje", "wygralismy Acme licencje")]
    [InlineData("przypomnij mi w środę zadzwonić do Acme", "przypomnij mi w srode zadzwonic do Acme")]
    [InlineData("отчёт по Acme", "отчет по Acme")]
    [InlineData("провёл встречу с Acme", "провел встречу с Acme")]
    public void ReadsTextWithoutDiacriticsAlike(string with, string without)
    {
        var a = Parse(with);
        var b = Parse(without);
        Assert.True(a.Intent == b.Intent && a.Date == b.Date && a.Activity == b.Activity && a.Stage == b.Stage, $"{Describe(a)} vs {Describe(b)}");
    }

    [Fact]
    public void NeverThrowsOnMangledMessages()
    {
        var random = new Random(15);
        const string alphabet = "aąbcćdeęfghijklłmnńoóprsśtuwyzźżабвгдеёжзийклмнопрстуфхцчшщъыьэюя ABCZАБЯ0123456789.,;:!?()-—/\n@$€₽zł";
        var seeds = (IEnumerable<object[]>)Messages();
        var texts = seeds.Select(s => (string)s[0]).ToList();
        for (var n = 0; n < 3000; n++)
        {
            var text = n % 2 == 0
                ? new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())
                : Mangle(texts[random.Next(texts.Count)], random, alphabet);
            foreach (var language in new[] { null, "pl", "ru" })
            {
                var c = MessageParser.English.Parse(text, Wednesday, new ParseContext(Team, language));
                Assert.NotNull(c);
            }
        }
    }

    private static string Mangle(string text, Random random, string alphabet)
    {
        var chars = text.ToList();
        for (var k = 0; k < 3; k++)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                default:
                    chars = chars.Take(at).ToList();
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
