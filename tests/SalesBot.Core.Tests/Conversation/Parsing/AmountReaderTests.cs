using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Parsing;

public class AmountReaderTests
{
    private static readonly AmountReader Reader = new(Vocabulary.English);

    [Theory]
    [InlineData("50k", "50000", null)]
    [InlineData("50K", "50000", null)]
    [InlineData("$1.2M", "1200000", "USD")]
    [InlineData("$1.2m", "1200000", "USD")]
    [InlineData("30 000", "30000", null)]
    [InlineData("1 250 000 EUR", "1250000", "EUR")]
    [InlineData("120,000", "120000", null)]
    [InlineData("$120,000.50", "120000.5", "USD")]
    [InlineData("€40K", "40000", "EUR")]
    [InlineData("40k€", "40000", "EUR")]
    [InlineData("£25,000", "25000", "GBP")]
    [InlineData("1.5 mln", "1500000", null)]
    [InlineData("1,5 mln zł", "1500000", "PLN")]
    [InlineData("15k PLN", "15000", "PLN")]
    [InlineData("PLN 15k", "15000", "PLN")]
    [InlineData("500 zł", "500", "PLN")]
    [InlineData("2 million dollars", "2000000", "USD")]
    [InlineData("80 grand", "80000", null)]
    [InlineData("300000 usd", "300000", "USD")]
    [InlineData("90 euros", "90", "EUR")]
    [InlineData("5000 CHF", "5000", "CHF")]
    [InlineData("2bn", "2000000000", null)]
    [InlineData("worth 75k", "75000", null)]
    public void ReadsAmountsAndCurrencies(string text, string amount, string? currency)
    {
        Assert.True(Reader.TryRead(text, out var hit), text);
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), hit.Amount);
        Assert.Equal(currency, hit.Currency);
    }

    [Theory]
    [InlineData("top 3")]
    [InlineData("in 2 days")]
    [InlineData("W47")]
    [InlineData("Contoso")]
    [InlineData("call 5 leads")]
    [InlineData("555-1234")]
    public void IgnoresSmallBareNumbers(string text)
    {
        Assert.False(Reader.TryRead(text, out _), text);
    }

    [Fact]
    public void WritesWholeAmountsWithoutTrailingZeros()
    {
        Assert.True(Reader.TryRead("1.50M", out var hit));
        Assert.Equal("1500000", hit.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
