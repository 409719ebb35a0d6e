using System.Text.RegularExpressions;
using SalesBot.Channels.Telegram;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Telegram;

public sealed partial class TelegramHtmlTests
{
    [Fact]
    public void EscapesAmpersandAndAngleBracketsOnly() =>
        Assert.Equal("Smith &amp; Sons &lt;b&gt;\"Ltd\"' 5 &gt; 3", TelegramHtml.Escape("Smith & Sons <b>\"Ltd\"' 5 > 3"));

    [Fact]
    public void LeavesShortTextInOnePiece() =>
        Assert.Equal(["<b>Pipeline</b>\nContoso"], TelegramHtml.Split("<b>Pipeline</b>\nContoso"));

    [Fact]
    public void SplitsLongTextBelowTheLimitAtLineBreaks()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"{i}. Contoso &amp; Fabrikam deal in proposal").ToList();
        var html = string.Join('\n', lines);

        var pieces = TelegramHtml.Split(html);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, TelegramHtml.MaxMessageLength));
        Assert.All(pieces, p => Assert.DoesNotMatch(@"&[a-z]*$", p));
        Assert.Equal(lines, pieces.SelectMany(p => p.Split('\n')).ToList());
    }

    [Fact]
    public void ClosesAndReopensTagsOpenAtACut()
    {
        var html = "<b>Stand-up</b>\n<blockquote expandable>" + string.Join('\n', Enumerable.Repeat("Anna: call with Contoso", 300)) + "</blockquote>";

        var pieces = TelegramHtml.Split(html, 1000);

        Assert.True(pieces.Count > 5);
        Assert.All(pieces, p => Assert.True(p.Length <= 1000, $"{p.Length} characters"));
        Assert.All(pieces.Skip(1), p => Assert.StartsWith("<blockquote expandable>", p, StringComparison.Ordinal));
        Assert.All(pieces, p => Assert.EndsWith("</blockquote>", p, StringComparison.Ordinal));
        Assert.All(pieces, AssertBalanced);
    }

    [Fact]
    public void NeverCutsATagOrAnEntityEvenWithoutSpaces()
    {
        var html = string.Concat(Enumerable.Repeat("<i>x</i>&amp;", 500));

        var pieces = TelegramHtml.Split(html, 97);

        Assert.All(pieces, p => Assert.True(p.Length <= 97));
        Assert.All(pieces, AssertBalanced);
        Assert.Equal(html, string.Concat(pieces));
    }

    [Fact]
    public void RendersTitleBoldTextEscapedDetailsQuotedAndButtonsAsAKeyboard()
    {
        var message = new OutgoingMessage("Logged: call with Smith & Sons <Ltd>")
        {
            Title = "Done",
            Details = ["Deal: Smith & Sons upgrade"],
            Buttons = [new ReplyButton("Undo", "u:123"), new ReplyButton("Details", "d:123")],
        };

        var rendering = TelegramRenderer.Render(message);

        Assert.Equal(
            "<b>Done</b>\nLogged: call with Smith &amp; Sons &lt;Ltd&gt;\n<blockquote expandable>Deal: Smith &amp; Sons upgrade</blockquote>",
            Assert.Single(rendering.Pieces));
        var row = Assert.Single(rendering.Keyboard!.InlineKeyboard);
        Assert.Equal([("Undo", "u:123"), ("Details", "d:123")], row.Select(b => (b.Text, b.CallbackData)));
    }

    [Fact]
    public void DropsAButtonWhoseDataExceeds64BytesOfUtf8()
    {
        // 22 three-byte characters: 22 characters, 66 bytes.
        var tooLong = new string('€', 22);
        var message = new OutgoingMessage("Pick one") { Buttons = [new ReplyButton("Ok", "q:1:1"), new ReplyButton("Bad", tooLong)] };

        var rendering = TelegramRenderer.Render(message);

        Assert.Equal("q:1:1", Assert.Single(Assert.Single(rendering.Keyboard!.InlineKeyboard)).CallbackData);
        Assert.Equal("Bad", Assert.Single(rendering.DroppedButtons).Label);
        Assert.True(TelegramRenderer.FitsCallbackData(new string('€', 21)));
    }

    private static void AssertBalanced(string piece)
    {
        var stack = new Stack<string>();
        foreach (Match tag in Tag().Matches(piece))
        {
            if (tag.Groups["close"].Success)
            {
                Assert.Equal(tag.Groups["name"].Value, stack.Pop());
            }
            else
            {
                stack.Push(tag.Groups["name"].Value);
            }
        }

        Assert.Empty(stack);
        Assert.DoesNotMatch("<[^>]*$", piece);
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z]+)[^>]*>")]
    private static partial Regex Tag();

    [Fact]
    public void KeepsEveryDynamicTextOfAReplyEscapedSoNoLinkOrTagCanBeInjected()
    {
        // Issue 12, finding 11, checked on Telegram too: HTML parse mode reads no markdown, and every < > & is escaped.
        const string name = "Acme [portal](https://evil.example/p) <a href=\"https://evil.example\">x</a> & <b>";
        var rendering = TelegramRenderer.Render(new OutgoingMessage($"Moved {name}") { Title = name, Details = [name] });

        var html = Assert.Single(rendering.Pieces);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("&lt;a href=\"https://evil.example\"&gt;x&lt;/a&gt; &amp; &lt;b&gt;").Length - 1);
        Assert.StartsWith("<b>Acme [portal](https://evil.example/p) &lt;a", html, StringComparison.Ordinal);
    }
}
