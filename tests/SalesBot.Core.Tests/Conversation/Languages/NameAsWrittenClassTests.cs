using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// A first name written in its base form is kept as written: "перезвонила Юля из Grandis" stored "Юлия", because "Юля"
/// and "Юлия" share a stem and the pack lists "Юлия" first. Declined forms still find their base ("Кевину" is Кевин).
/// </summary>
public class NameAsWrittenClassTests
{
    [Theory]
    [InlineData("перезвонила {0} из Grandis", "Юля")]
    [InlineData("перезвонила {0} из Grandis", "Юлия")]
    [InlineData("перезвонила {0} из Grandis", "Маша")]
    [InlineData("перезвонила {0} из Grandis", "Мария")]
    [InlineData("перезвонила {0} из Grandis", "Аня")]
    [InlineData("перезвонила {0} из Grandis", "Анна")]
    [InlineData("перезвонила {0} из Grandis", "Ира")]
    [InlineData("перезвонила {0} из Grandis", "Ирина")]
    [InlineData("перезвонил {0} из Grandis", "Дима")]
    [InlineData("перезвонил {0} из Grandis", "Дмитрий")]
    [InlineData("перезвонил {0} из Grandis", "Паша")]
    [InlineData("перезвонил {0} из Grandis", "Павел")]
    [InlineData("dzwoniła {0} z Optivo", "Kasia")]
    [InlineData("dzwoniła {0} z Optivo", "Anna")]
    public void ABaseFormIsKeptAsWritten(string template, string name)
    {
        Matches(Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, name)), "log_activity", $"contact={name}");
    }

    [Theory]
    [InlineData("звонил Кевину из Grandis", "Кевин")]
    [InlineData("встреча с Иваном из Grandis", "Иван")]
    [InlineData("spotkanie z Kasią z Optivo", "Kasia")]
    public void ADeclinedFormFindsItsBase(string text, string name)
    {
        Matches(Parse(text), "log_activity", $"contact={name}");
    }
}
